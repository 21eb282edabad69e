from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.upsale_metric_action import UpsaleMetricAction
from ..models.upsale_metric_metric_type import UpsaleMetricMetricType
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.change import Change


T = TypeVar("T", bound="UpsaleMetric")


@_attrs_define
class UpsaleMetric(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        company_id (int | Unset): The company's ID.
        actual_employee_id (int | Unset): Actual employee's ID.
        login_employee_id (int | Unset): Login employee's ID.
        tripletex_user_id (int | Unset): Tripletex's user ID.
        metric_type (UpsaleMetricMetricType | Unset): The type of the metric used.
        action (UpsaleMetricAction | Unset): Status for upsale's AutoPay bank dashboard page or enabling / disabling
            upsale's notifications.
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    company_id: int | Unset = UNSET
    actual_employee_id: int | Unset = UNSET
    login_employee_id: int | Unset = UNSET
    tripletex_user_id: int | Unset = UNSET
    metric_type: UpsaleMetricMetricType | Unset = UNSET
    action: UpsaleMetricAction | Unset = UNSET
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
        _v = self.company_id
        if _v is not UNSET:
            field_dict["companyId"] = _v
        _v = self.actual_employee_id
        if _v is not UNSET:
            field_dict["actualEmployeeId"] = _v
        _v = self.login_employee_id
        if _v is not UNSET:
            field_dict["loginEmployeeId"] = _v
        _v = self.tripletex_user_id
        if _v is not UNSET:
            field_dict["tripletexUserId"] = _v
        _v = self.metric_type
        if _v is not UNSET:
            field_dict["metricType"] = _v._value_
        _v = self.action
        if _v is not UNSET:
            field_dict["action"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A UpsaleMetric from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``UpsaleMetric.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415

        _new = object.__new__
        _e_metric_type: dict[Any, Any] = enum_members(UpsaleMetricMetricType)
        _e_action: dict[Any, Any] = enum_members(UpsaleMetricAction)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "companyId",
                "actualEmployeeId",
                "loginEmployeeId",
                "tripletexUserId",
                "metricType",
                "action",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "companyId": "company_id",
            "actualEmployeeId": "actual_employee_id",
            "loginEmployeeId": "login_employee_id",
            "tripletexUserId": "tripletex_user_id",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.company_id = o.actual_employee_id = o.login_employee_id = (
                        o.tripletex_user_id
                    ) = o.metric_type = o.action = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.company_id = o.actual_employee_id = o.login_employee_id = (
                        o.tripletex_user_id
                    ) = o.metric_type = o.action = UNSET
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
                v = g("companyId")
                if v is None:
                    o.company_id = u
                    if "companyId" not in d:
                        m += 1
                else:
                    o.company_id = v
                v = g("actualEmployeeId")
                if v is None:
                    o.actual_employee_id = u
                    if "actualEmployeeId" not in d:
                        m += 1
                else:
                    o.actual_employee_id = v
                v = g("loginEmployeeId")
                if v is None:
                    o.login_employee_id = u
                    if "loginEmployeeId" not in d:
                        m += 1
                else:
                    o.login_employee_id = v
                v = g("tripletexUserId")
                if v is None:
                    o.tripletex_user_id = u
                    if "tripletexUserId" not in d:
                        m += 1
                else:
                    o.tripletex_user_id = v
                k = "metricType"
                v = g("metricType")
                if v is None:
                    o.metric_type = u
                    if "metricType" not in d:
                        m += 1
                else:
                    o.metric_type = (
                        e_ if (e_ := _e_metric_type.get(v)) is not None else enum_value(UpsaleMetricMetricType, v)
                    )
                k = "action"
                v = g("action")
                if v is None:
                    o.action = u
                    if "action" not in d:
                        m += 1
                else:
                    o.action = e_ if (e_ := _e_action.get(v)) is not None else enum_value(UpsaleMetricAction, v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 10 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("company_id", "companyId"),
            ("actual_employee_id", "actualEmployeeId"),
            ("login_employee_id", "loginEmployeeId"),
            ("tripletex_user_id", "tripletexUserId"),
            ("metric_type", "metricType"),
            ("action", "action"),
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
            v = s.company_id
            o.company_id = u if v is None else v
            v = s.actual_employee_id
            o.actual_employee_id = u if v is None else v
            v = s.login_employee_id
            o.login_employee_id = u if v is None else v
            v = s.tripletex_user_id
            o.tripletex_user_id = u if v is None else v
            v = s.metric_type
            o.metric_type = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_metric_type.get(v)) is not None
                else enum_value(UpsaleMetricMetricType, v)
            )
            v = s.action
            o.action = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_action.get(v)) is not None
                else enum_value(UpsaleMetricAction, v)
            )
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
