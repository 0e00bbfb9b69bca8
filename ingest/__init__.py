"""Intake, storage and background jobs: accept a file, keep it (sha256), parse it off the request path."""
