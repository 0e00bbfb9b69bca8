"""Entry points: the command line (``vanban``), the HTTP API and the web page."""
