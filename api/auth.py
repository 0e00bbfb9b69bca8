"""API tokens (``Authorization: Bearer …``) and the three roles.

* office — everything: upload, read all, correct, relink, manage units and tokens.
* unit — uploads its own reports; reads directives (they are addressed to it),
  its own uploads and its own row of coverage; never another unit's report.
* reader — reads everything, changes nothing.

Tokens are random, shown once, and stored only as their sha256.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import select
from sqlalchemy.orm import Session

from ingest.models import ApiToken, User
from ingest.textkeys import fold

ROLES = ("office", "unit", "reader")
_bearer = HTTPBearer(auto_error=False, description="an API token from `vanban token create`")
# The web page (api/web) signs in with the same token, kept in this HttpOnly cookie; the API
# accepts it when no Authorization header is sent, so the page's scripts call the API directly.
COOKIE = "vanban_token"
_SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


@dataclass(frozen=True, slots=True)
class Principal:
    user_id: int
    name: str
    role: str
    unit: str | None

    def is_unit(self, name: str | None) -> bool:
        """Whether a unit name (as printed or as registered) is this principal's unit."""
        return bool(self.unit and name and fold(name) == fold(self.unit))


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_token(session: Session, name: str, role: str, unit: str | None = None) -> str:
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    if role == "unit" and not unit:
        raise ValueError("a unit token needs the unit's name")
    token = "vb_" + secrets.token_urlsafe(24)
    user = User(name=name, role=role, unit=unit if role == "unit" else None)
    session.add(user)
    session.flush()
    session.add(ApiToken(user_id=user.id, token_hash=hash_token(token), prefix=token[:10]))
    session.commit()
    return token


def principal_for_token(request: Request, token: str) -> Principal | None:
    """The principal a token stands for, or None when it is unknown or revoked."""
    with request.app.state.sessions() as s:
        row = s.execute(select(ApiToken, User).join(User, User.id == ApiToken.user_id)
                        .where(ApiToken.token_hash == hash_token(token),
                               ApiToken.revoked.is_(False))).first()
    if row is None:
        return None
    _, user = row
    return Principal(user_id=user.id, name=user.name, role=user.role, unit=user.unit)


def current_principal(request: Request,
                      creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> Principal:
    if creds is not None and creds.scheme.lower() == "bearer" and creds.credentials:
        token = creds.credentials
    else:
        token = request.cookies.get(COOKIE)
        # CSRF guard for the cookie: a cross-site form cannot set a custom header, the page's scripts do
        if (token and request.method not in _SAFE_METHODS
                and not (request.headers.get("x-requested-with") or request.headers.get("hx-request"))):
            raise HTTPException(403, "a change made with the sign-in cookie needs the X-Requested-With header")
    if not token:
        raise HTTPException(401, "missing API token: send 'Authorization: Bearer <token>'",
                            headers={"WWW-Authenticate": "Bearer"})
    principal = principal_for_token(request, token)
    if principal is None:
        raise HTTPException(401, "unknown or revoked API token", headers={"WWW-Authenticate": "Bearer"})
    return principal


def require(*roles: str):
    """Dependency: the caller's principal, refused with 403 unless its role is listed."""
    def dep(p: Annotated[Principal, Depends(current_principal)]) -> Principal:
        if p.role not in roles:
            raise HTTPException(403, f"the {p.role} role may not do this (needs {' or '.join(roles)})")
        return p
    return dep


ANY = require("office", "unit", "reader")
WRITE = require("office", "unit")
OFFICE = require("office")

AnyUser = Annotated[Principal, Depends(ANY)]
Writer = Annotated[Principal, Depends(WRITE)]
Office = Annotated[Principal, Depends(OFFICE)]
