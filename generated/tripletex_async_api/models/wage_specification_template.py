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
    from ..models.salary_v2_supplement import SalaryV2Supplement


T = TypeVar("T", bound="WageSpecificationTemplate")


@_attrs_define
class WageSpecificationTemplate(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        description (str | Unset):
        wage_code_id (int | Unset):
        start_date (str | Unset): StarDate
        end_date (str | Unset): EndDate
        type_ (int | Unset):
        amount (float | Unset):
        percentage (float | Unset):
        max_payment_amount (float | Unset):
        wage_specification_extra (SalaryV2Supplement | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    description: str | Unset = UNSET
    wage_code_id: int | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    type_: int | Unset = UNSET
    amount: float | Unset = UNSET
    percentage: float | Unset = UNSET
    max_payment_amount: float | Unset = UNSET
    wage_specification_extra: SalaryV2Supplement | Unset = UNSET
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
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.wage_code_id
        if _v is not UNSET:
            field_dict["wageCodeId"] = _v
        _v = self.start_date
        if _v is not UNSET:
            field_dict["startDate"] = _v
        _v = self.end_date
        if _v is not UNSET:
            field_dict["endDate"] = _v
        _v = self.type_
        if _v is not UNSET:
            field_dict["type"] = _v
        _v = self.amount
        if _v is not UNSET:
            field_dict["amount"] = _v
        _v = self.percentage
        if _v is not UNSET:
            field_dict["percentage"] = _v
        _v = self.max_payment_amount
        if _v is not UNSET:
            field_dict["maxPaymentAmount"] = _v
        _v = self.wage_specification_extra
        if _v is not UNSET:
            field_dict["wageSpecificationExtra"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A WageSpecificationTemplate from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``WageSpecificationTemplate.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.salary_v2_supplement import SalaryV2Supplement  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "description",
                "wageCodeId",
                "startDate",
                "endDate",
                "type",
                "amount",
                "percentage",
                "maxPaymentAmount",
                "wageSpecificationExtra",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "description": "description",
            "wageCodeId": "wage_code_id",
            "startDate": "start_date",
            "endDate": "end_date",
            "type": "type_",
            "amount": "amount",
            "percentage": "percentage",
            "maxPaymentAmount": "max_payment_amount",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.description = o.wage_code_id = o.start_date = (
                        o.end_date
                    ) = o.type_ = o.amount = o.percentage = o.max_payment_amount = o.wage_specification_extra = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.description = o.wage_code_id = o.start_date = (
                        o.end_date
                    ) = o.type_ = o.amount = o.percentage = o.max_payment_amount = o.wage_specification_extra = UNSET
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
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("wageCodeId")
                if v is None:
                    o.wage_code_id = u
                    if "wageCodeId" not in d:
                        m += 1
                else:
                    o.wage_code_id = v
                v = g("startDate")
                if v is None:
                    o.start_date = u
                    if "startDate" not in d:
                        m += 1
                else:
                    o.start_date = v
                v = g("endDate")
                if v is None:
                    o.end_date = u
                    if "endDate" not in d:
                        m += 1
                else:
                    o.end_date = v
                v = g("type")
                if v is None:
                    o.type_ = u
                    if "type" not in d:
                        m += 1
                else:
                    o.type_ = v
                v = g("amount")
                if v is None:
                    o.amount = u
                    if "amount" not in d:
                        m += 1
                else:
                    o.amount = v
                v = g("percentage")
                if v is None:
                    o.percentage = u
                    if "percentage" not in d:
                        m += 1
                else:
                    o.percentage = v
                v = g("maxPaymentAmount")
                if v is None:
                    o.max_payment_amount = u
                    if "maxPaymentAmount" not in d:
                        m += 1
                else:
                    o.max_payment_amount = v
                k = "wageSpecificationExtra"
                v = g("wageSpecificationExtra")
                if v is None:
                    o.wage_specification_extra = u
                    if "wageSpecificationExtra" not in d:
                        m += 1
                else:
                    o.wage_specification_extra = SalaryV2Supplement._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 13 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("description", "description"),
            ("wage_code_id", "wageCodeId"),
            ("start_date", "startDate"),
            ("end_date", "endDate"),
            ("type_", "type"),
            ("amount", "amount"),
            ("percentage", "percentage"),
            ("max_payment_amount", "maxPaymentAmount"),
            ("wage_specification_extra", "wageSpecificationExtra"),
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
            v = s.description
            o.description = u if v is None else v
            v = s.wage_code_id
            o.wage_code_id = u if v is None else v
            v = s.start_date
            o.start_date = u if v is None else v
            v = s.end_date
            o.end_date = u if v is None else v
            v = s.type_
            o.type_ = u if v is None else v
            v = s.amount
            o.amount = u if v is None else v
            v = s.percentage
            o.percentage = u if v is None else v
            v = s.max_payment_amount
            o.max_payment_amount = u if v is None else v
            v = s.wage_specification_extra
            o.wage_specification_extra = u if v is None or v is u else SalaryV2Supplement._tx_parse(v)
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
