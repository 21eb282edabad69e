from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attestation_stand_in_type import AttestationStandInType
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
    from ..models.employee import Employee


T = TypeVar("T", bound="AttestationStandIn")


@_attrs_define
class AttestationStandIn(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        type_ (AttestationStandInType | Unset):
        absent_employee (Employee | Unset):
        stand_in_employee (Employee | Unset):
        stand_in_from_date (str | Unset):
        stand_in_to_date (str | Unset):
        is_deleted (bool | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    type_: AttestationStandInType | Unset = UNSET
    absent_employee: Employee | Unset = UNSET
    stand_in_employee: Employee | Unset = UNSET
    stand_in_from_date: str | Unset = UNSET
    stand_in_to_date: str | Unset = UNSET
    is_deleted: bool | Unset = UNSET
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
        _v = self.type_
        if _v is not UNSET:
            field_dict["type"] = _v._value_
        _v = self.absent_employee
        if _v is not UNSET:
            field_dict["absentEmployee"] = _v.to_dict()
        _v = self.stand_in_employee
        if _v is not UNSET:
            field_dict["standInEmployee"] = _v.to_dict()
        _v = self.stand_in_from_date
        if _v is not UNSET:
            field_dict["standInFromDate"] = _v
        _v = self.stand_in_to_date
        if _v is not UNSET:
            field_dict["standInToDate"] = _v
        _v = self.is_deleted
        if _v is not UNSET:
            field_dict["isDeleted"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AttestationStandIn from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AttestationStandIn.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.employee import Employee  # noqa: PLC0415

        _new = object.__new__
        _e_type_: dict[Any, Any] = enum_members(AttestationStandInType)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "type",
                "absentEmployee",
                "standInEmployee",
                "standInFromDate",
                "standInToDate",
                "isDeleted",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "standInFromDate": "stand_in_from_date",
            "standInToDate": "stand_in_to_date",
            "isDeleted": "is_deleted",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.type_ = o.absent_employee = o.stand_in_employee = (
                        o.stand_in_from_date
                    ) = o.stand_in_to_date = o.is_deleted = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.type_ = o.absent_employee = o.stand_in_employee = (
                        o.stand_in_from_date
                    ) = o.stand_in_to_date = o.is_deleted = UNSET
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
                k = "type"
                v = g("type")
                if v is None:
                    o.type_ = u
                    if "type" not in d:
                        m += 1
                else:
                    o.type_ = e_ if (e_ := _e_type_.get(v)) is not None else enum_value(AttestationStandInType, v)
                k = "absentEmployee"
                v = g("absentEmployee")
                if v is None:
                    o.absent_employee = u
                    if "absentEmployee" not in d:
                        m += 1
                else:
                    o.absent_employee = Employee._tx_parse(v)
                k = "standInEmployee"
                v = g("standInEmployee")
                if v is None:
                    o.stand_in_employee = u
                    if "standInEmployee" not in d:
                        m += 1
                else:
                    o.stand_in_employee = Employee._tx_parse(v)
                v = g("standInFromDate")
                if v is None:
                    o.stand_in_from_date = u
                    if "standInFromDate" not in d:
                        m += 1
                else:
                    o.stand_in_from_date = v
                v = g("standInToDate")
                if v is None:
                    o.stand_in_to_date = u
                    if "standInToDate" not in d:
                        m += 1
                else:
                    o.stand_in_to_date = v
                v = g("isDeleted")
                if v is None:
                    o.is_deleted = u
                    if "isDeleted" not in d:
                        m += 1
                else:
                    o.is_deleted = v
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
            ("type_", "type"),
            ("absent_employee", "absentEmployee"),
            ("stand_in_employee", "standInEmployee"),
            ("stand_in_from_date", "standInFromDate"),
            ("stand_in_to_date", "standInToDate"),
            ("is_deleted", "isDeleted"),
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
            v = s.type_
            o.type_ = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_type_.get(v)) is not None
                else enum_value(AttestationStandInType, v)
            )
            v = s.absent_employee
            o.absent_employee = u if v is None or v is u else Employee._tx_parse(v)
            v = s.stand_in_employee
            o.stand_in_employee = u if v is None or v is u else Employee._tx_parse(v)
            v = s.stand_in_from_date
            o.stand_in_from_date = u if v is None else v
            v = s.stand_in_to_date
            o.stand_in_to_date = u if v is None else v
            v = s.is_deleted
            o.is_deleted = u if v is None else v
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
