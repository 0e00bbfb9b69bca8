"""Sign-in for the web page: the API token, kept in an HttpOnly cookie (api.auth.COOKIE).

The page routes need a principal like the API's, but answer a missing or stale
cookie with a redirect to the sign-in form rather than a JSON 401, and render
other errors as a Vietnamese page rather than JSON.
"""

from __future__ import annotations

from urllib.parse import quote

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.routing import APIRoute
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.auth import COOKIE, Principal, principal_for_token

COOKIE_MAX_AGE = 12 * 3600  # a working day; the clerk signs in again the next morning

MESSAGES = {
    400: "Yêu cầu không hợp lệ.",
    403: "Tài khoản của bạn không có quyền xem nội dung này.",
    404: "Không tìm thấy nội dung yêu cầu.",
    409: "Văn bản đang được xử lý, vui lòng đợi trong giây lát rồi tải lại trang.",
    410: "Tệp gốc không còn trong kho lưu trữ.",
    422: "Không đọc được văn bản hoặc dữ liệu không hợp lệ.",
    501: "Chức năng tổng hợp chưa sẵn sàng trên máy chủ này.",
}


class NeedLogin(Exception):
    """No valid sign-in cookie: the page answers with the sign-in form."""


def page_user(request: Request) -> Principal:
    """Dependency of every page: the signed-in principal, or NeedLogin."""
    token = request.cookies.get(COOKIE)
    principal = principal_for_token(request, token) if token else None
    if principal is None:
        raise NeedLogin()
    return principal


def safe_next(target: str | None) -> str:
    """Only a path on this site is a place to go back to after sign-in (no open redirect)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


def sign_in_response(request: Request, token: str, target: str) -> Response:
    resp = RedirectResponse(safe_next(target), status_code=303)
    resp.set_cookie(COOKIE, token, max_age=COOKIE_MAX_AGE, httponly=True, samesite="lax",
                    secure=request.url.scheme == "https", path="/")
    return resp


def sign_out_response() -> Response:
    resp = RedirectResponse("/dang-nhap", status_code=303)
    resp.delete_cookie(COOKIE, path="/")
    return resp


class PageRoute(APIRoute):
    """Routes of the web page: redirect to sign-in, and errors as a page in Vietnamese."""

    def get_route_handler(self):
        original = super().get_route_handler()

        async def handler(request: Request) -> Response:
            try:
                return await original(request)
            except NeedLogin:
                target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
                url = f"/dang-nhap?next={quote(target, safe='')}"
                if request.headers.get("hx-request"):
                    return Response(status_code=204, headers={"HX-Redirect": url})
                return RedirectResponse(url, status_code=303)
            except StarletteHTTPException as exc:
                return error_page(request, exc.status_code, str(exc.detail))
            except RequestValidationError:
                return error_page(request, 400, "invalid request")

        return handler


def error_page(request: Request, status: int, detail: str) -> Response:
    from api.web.routes import TEMPLATES

    message = MESSAGES.get(status, "Đã có lỗi xảy ra.")
    if request.headers.get("hx-request"):
        return HTMLResponse(f'<div class="alert alert-error">{message}</div>', status_code=status)
    token = request.cookies.get(COOKIE)
    user = principal_for_token(request, token) if token else None
    return TEMPLATES.TemplateResponse(request, "error.html",
                                      {"user": user, "status": status, "message": message, "detail": detail},
                                      status_code=status)
