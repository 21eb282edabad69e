"""Session tokens (Oslo-midnight expiry), Basic auth with company switching, accountant clients."""

from __future__ import annotations

import base64
import binascii
import secrets
from dataclasses import dataclass
from datetime import date, datetime

from ..clock import oslo_today
from ..tokens import token_environment
from .clock import Clock, session_expiry
from .config import EmulatorConfig
from .errors import ApiError, ValidationMessage
from .store import CompanyData, EmployeeLogin, Store


@dataclass
class Session:
    id: int
    token: str
    consumer_token: str
    employee_token: str
    expiration_date: date
    expires_at: datetime
    login: EmployeeLogin
    consumer_token_id: int
    employee_token_id: int
    revoked: bool = False


@dataclass
class AuthContext:
    session: Session
    company: CompanyData

    @property
    def rate_key(self) -> tuple[str, str]:
        return (self.session.employee_token, self.session.consumer_token)


def _unauthorized(message: str) -> ApiError:
    return ApiError(401, 3000, message)


class Auth:
    def __init__(self, config: EmulatorConfig, store: Store, clock: Clock) -> None:
        self.config = config
        self.store = store
        self.clock = clock
        self.sessions: dict[str, Session] = {}
        self.sessions_created = 0
        self._token_ids: dict[str, int] = {}

    # ------------------------------------------------------------ tokens
    def _valid(self, token: str, configured: list[str]) -> bool:
        # test tokens as issued: "test-..." raw, or base64 {"tokenId", "token": "test-..."}
        return token in configured or (self.config.accept_test_tokens and token_environment(token) == "test")

    def _token_id(self, token: str) -> int:
        ident = self._token_ids.get(token)
        if ident is None:
            ident = self._token_ids[token] = 1700 + len(self._token_ids)
        return ident

    def login_for(self, employee_token: str) -> EmployeeLogin:
        return EmployeeLogin(
            token=employee_token,
            employee_id=self.store.owner_employee_id,
            company_id=self.store.owner_company_id,
            client_company_ids=list(self.store.client_company_ids),
        )

    def check_tokens(self, consumer_token: str | None, employee_token: str | None) -> None:
        problems: list[ValidationMessage] = []
        if not consumer_token or not self._valid(consumer_token, self.config.consumer_tokens):
            problems.append(
                ValidationMessage(
                    "arg:consumerToken",
                    "The consumer token is invalid or does not exist.",
                    path="arg:consumerToken",
                )
            )
        if not employee_token or not self._valid(employee_token, self.config.employee_tokens):
            problems.append(
                ValidationMessage(
                    "arg:employeeToken",
                    "The employee token is invalid or does not exist.",
                    path="arg:employeeToken",
                )
            )
        if problems:
            raise ApiError(422, 18000, "Validering feilet.", None, problems)

    def create_session(
        self, consumer_token: str | None, employee_token: str | None, expiration: str | None
    ) -> Session:
        self.check_tokens(consumer_token, employee_token)
        assert consumer_token is not None
        assert employee_token is not None
        if not expiration:
            raise ApiError(
                422,
                18000,
                "Validering feilet.",
                None,
                [ValidationMessage("arg:expirationDate", "Kan ikke være null.", path="arg:expirationDate")],
            )
        try:
            exp = date.fromisoformat(expiration)
        except ValueError as exc:
            raise ApiError(
                422,
                18000,
                "Validering feilet.",
                None,
                [
                    ValidationMessage(
                        "arg:expirationDate", f"Ugyldig dato: {expiration}", path="arg:expirationDate"
                    )
                ],
            ) from exc
        if exp < oslo_today(self.clock.now()):
            raise ApiError(
                422,
                18000,
                "Validering feilet.",
                None,
                [
                    ValidationMessage(
                        "arg:expirationDate",
                        "Expiration date must be today or in the future.",
                        path="arg:expirationDate",
                    )
                ],
            )
        token = "eyJ0b2tlbklkIjo" + secrets.token_urlsafe(24)
        session = Session(
            id=self.store.ids.next("sessionToken"),
            token=token,
            consumer_token=consumer_token,
            employee_token=employee_token,
            expiration_date=exp,
            expires_at=session_expiry(exp),
            login=self.login_for(employee_token),
            consumer_token_id=self._token_id("c:" + consumer_token),
            employee_token_id=self._token_id("e:" + employee_token),
        )
        self.sessions[token] = session
        self.sessions_created += 1
        return session

    def revoke(self, token: str) -> bool:
        session = self.sessions.get(token)
        if session is None or session.revoked:
            return False
        session.revoked = True
        return True

    def expire_all(self) -> int:
        """Forced expiry of every live session (tests/benchmarks)."""
        n = 0
        for s in self.sessions.values():
            if not s.revoked:
                s.revoked = True
                n += 1
        return n

    # ------------------------------------------------------------ requests
    def session_from_header(self, authorization: str | None) -> tuple[str, Session]:
        """(username, live session) from a Basic header, else 401 code 3000."""
        if not authorization:
            raise _unauthorized("Authorization header missing. Use Basic auth with the session token.")
        scheme, _, payload = authorization.partition(" ")
        if scheme.lower() != "basic":
            raise _unauthorized("Only Basic authentication is supported.")
        try:
            decoded = base64.b64decode(payload.strip(), validate=True).decode()
        except (binascii.Error, UnicodeDecodeError) as exc:
            raise _unauthorized("Malformed Basic authentication header.") from exc
        username, sep, token = decoded.partition(":")
        if not sep:
            raise _unauthorized("Malformed Basic authentication header.")
        session = self.sessions.get(token)
        if session is None or session.revoked:
            raise _unauthorized("Invalid or expired token.")
        if self.clock.now() >= session.expires_at:
            raise _unauthorized("Invalid or expired token. The session token has expired.")
        return username, session

    def authenticate(self, authorization: str | None) -> AuthContext:
        username, session = self.session_from_header(authorization)
        login = session.login
        name = username.strip()
        if name in ("", "0"):
            company_id = login.company_id
        else:
            try:
                company_id = int(name)
            except ValueError as exc:
                raise _unauthorized("The username must be a company id (or 0).") from exc
        if company_id != login.company_id and company_id not in login.client_company_ids:
            raise ApiError(403, 9000, "You do not have permission to access this feature.")
        company = self.store.company(company_id)
        if company is None:
            raise ApiError(403, 9000, "You do not have permission to access this feature.")
        return AuthContext(session=session, company=company)
