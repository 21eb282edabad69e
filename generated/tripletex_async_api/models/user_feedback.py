from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.employee import Employee


T = TypeVar("T", bound="UserFeedback")


@_attrs_define
class UserFeedback(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        received_at (str | Unset):
        message (str | Unset):
        contact_request (str | Unset):
        browser (str | Unset):
        page_title (str | Unset):
        team (str | Unset):
        login_employee (Employee | Unset):
        actual_employee_id (Employee | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    received_at: str | Unset = UNSET
    message: str | Unset = UNSET
    contact_request: str | Unset = UNSET
    browser: str | Unset = UNSET
    page_title: str | Unset = UNSET
    team: str | Unset = UNSET
    login_employee: Employee | Unset = UNSET
    actual_employee_id: Employee | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = [_e.to_dict() for _e in _v]
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        _v = self.received_at
        if _v is not UNSET:
            field_dict["receivedAt"] = _v
        _v = self.message
        if _v is not UNSET:
            field_dict["message"] = _v
        _v = self.contact_request
        if _v is not UNSET:
            field_dict["contactRequest"] = _v
        _v = self.browser
        if _v is not UNSET:
            field_dict["browser"] = _v
        _v = self.page_title
        if _v is not UNSET:
            field_dict["pageTitle"] = _v
        _v = self.team
        if _v is not UNSET:
            field_dict["team"] = _v
        _v = self.login_employee
        if _v is not UNSET:
            field_dict["loginEmployee"] = _v.to_dict()
        _v = self.actual_employee_id
        if _v is not UNSET:
            field_dict["actualEmployeeId"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A UserFeedback from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``UserFeedback.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "receivedAt",
                "message",
                "contactRequest",
                "browser",
                "pageTitle",
                "team",
                "loginEmployee",
                "actualEmployeeId",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "receivedAt": "received_at",
            "message": "message",
            "contactRequest": "contact_request",
            "browser": "browser",
            "pageTitle": "page_title",
            "team": "team",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.received_at = o.message = o.contact_request = o.browser = (
                        o.page_title
                    ) = o.team = o.login_employee = o.actual_employee_id = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.received_at = o.message = o.contact_request = o.browser = (
                        o.page_title
                    ) = o.team = o.login_employee = o.actual_employee_id = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = "changes"
                v = g("changes")
                if v is None:
                    o.changes = u
                    if "changes" not in d:
                        m += 1
                else:
                    o.changes = (
                        ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                v = g("receivedAt")
                if v is None:
                    o.received_at = u
                    if "receivedAt" not in d:
                        m += 1
                else:
                    o.received_at = v
                v = g("message")
                if v is None:
                    o.message = u
                    if "message" not in d:
                        m += 1
                else:
                    o.message = v
                v = g("contactRequest")
                if v is None:
                    o.contact_request = u
                    if "contactRequest" not in d:
                        m += 1
                else:
                    o.contact_request = v
                v = g("browser")
                if v is None:
                    o.browser = u
                    if "browser" not in d:
                        m += 1
                else:
                    o.browser = v
                v = g("pageTitle")
                if v is None:
                    o.page_title = u
                    if "pageTitle" not in d:
                        m += 1
                else:
                    o.page_title = v
                v = g("team")
                if v is None:
                    o.team = u
                    if "team" not in d:
                        m += 1
                else:
                    o.team = v
                k = "loginEmployee"
                v = g("loginEmployee")
                if v is None:
                    o.login_employee = u
                    if "loginEmployee" not in d:
                        m += 1
                else:
                    o.login_employee = Employee._tx_parse(v)
                k = "actualEmployeeId"
                v = g("actualEmployeeId")
                if v is None:
                    o.actual_employee_id = u
                    if "actualEmployeeId" not in d:
                        m += 1
                else:
                    o.actual_employee_id = Employee._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 12 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("received_at", "receivedAt"),
            ("message", "message"),
            ("contact_request", "contactRequest"),
            ("browser", "browser"),
            ("page_title", "pageTitle"),
            ("team", "team"),
            ("login_employee", "loginEmployee"),
            ("actual_employee_id", "actualEmployeeId"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.changes
            o.changes = (
                u
                if v is None or v is u
                else ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.url
            o.url = u if v is None else v
            v = s.received_at
            o.received_at = u if v is None else v
            v = s.message
            o.message = u if v is None else v
            v = s.contact_request
            o.contact_request = u if v is None else v
            v = s.browser
            o.browser = u if v is None else v
            v = s.page_title
            o.page_title = u if v is None else v
            v = s.team
            o.team = u if v is None else v
            v = s.login_employee
            o.login_employee = u if v is None or v is u else Employee._tx_parse(v)
            v = s.actual_employee_id
            o.actual_employee_id = u if v is None or v is u else Employee._tx_parse(v)
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
