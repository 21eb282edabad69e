from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
)

T = TypeVar("T", bound="AutoPaySupport")


@_attrs_define
class AutoPaySupport(Model):
    """The autoPay support for this bank

    Attributes:
        id (int | Unset):
        upload_needed (bool | Unset):
        is_eika_type (bool | Unset):
        has_org_number (bool | Unset):
        is_psd_2_type (bool | Unset):
        has_approve_in_online_banking (bool | Unset):
        required_bank_field_ids (list[int] | Unset):
    """

    id: int | Unset = UNSET
    upload_needed: bool | Unset = UNSET
    is_eika_type: bool | Unset = UNSET
    has_org_number: bool | Unset = UNSET
    is_psd_2_type: bool | Unset = UNSET
    has_approve_in_online_banking: bool | Unset = UNSET
    required_bank_field_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.upload_needed
        if _v is not UNSET:
            field_dict["uploadNeeded"] = _v
        _v = self.is_eika_type
        if _v is not UNSET:
            field_dict["isEikaType"] = _v
        _v = self.has_org_number
        if _v is not UNSET:
            field_dict["hasOrgNumber"] = _v
        _v = self.is_psd_2_type
        if _v is not UNSET:
            field_dict["isPsd2Type"] = _v
        _v = self.has_approve_in_online_banking
        if _v is not UNSET:
            field_dict["hasApproveInOnlineBanking"] = _v
        _v = self.required_bank_field_ids
        if _v is not UNSET:
            field_dict["requiredBankFieldIds"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AutoPaySupport from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AutoPaySupport.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "uploadNeeded",
                "isEikaType",
                "hasOrgNumber",
                "isPsd2Type",
                "hasApproveInOnlineBanking",
                "requiredBankFieldIds",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
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
                v = g("uploadNeeded")
                if v is None:
                    o.upload_needed = u
                    if "uploadNeeded" not in d:
                        m += 1
                else:
                    o.upload_needed = v
                v = g("isEikaType")
                if v is None:
                    o.is_eika_type = u
                    if "isEikaType" not in d:
                        m += 1
                else:
                    o.is_eika_type = v
                v = g("hasOrgNumber")
                if v is None:
                    o.has_org_number = u
                    if "hasOrgNumber" not in d:
                        m += 1
                else:
                    o.has_org_number = v
                v = g("isPsd2Type")
                if v is None:
                    o.is_psd_2_type = u
                    if "isPsd2Type" not in d:
                        m += 1
                else:
                    o.is_psd_2_type = v
                v = g("hasApproveInOnlineBanking")
                if v is None:
                    o.has_approve_in_online_banking = u
                    if "hasApproveInOnlineBanking" not in d:
                        m += 1
                else:
                    o.has_approve_in_online_banking = v
                k = "requiredBankFieldIds"
                v = g("requiredBankFieldIds")
                if v is None:
                    o.required_bank_field_ids = u
                    if "requiredBankFieldIds" not in d:
                        m += 1
                else:
                    o.required_bank_field_ids = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 7 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("upload_needed", "uploadNeeded"),
            ("is_eika_type", "isEikaType"),
            ("has_org_number", "hasOrgNumber"),
            ("is_psd_2_type", "isPsd2Type"),
            ("has_approve_in_online_banking", "hasApproveInOnlineBanking"),
            ("required_bank_field_ids", "requiredBankFieldIds"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.upload_needed
            o.upload_needed = u if v is None else v
            v = s.is_eika_type
            o.is_eika_type = u if v is None else v
            v = s.has_org_number
            o.has_org_number = u if v is None else v
            v = s.is_psd_2_type
            o.is_psd_2_type = u if v is None else v
            v = s.has_approve_in_online_banking
            o.has_approve_in_online_banking = u if v is None else v
            v = s.required_bank_field_ids
            o.required_bank_field_ids = u if v is None or v is u else v
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
