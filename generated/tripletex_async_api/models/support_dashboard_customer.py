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
    serializing_request_body,
)

T = TypeVar("T", bound="SupportDashboardCustomer")


@_attrs_define
class SupportDashboardCustomer(Model):
    """
    Attributes:
        tripletex_company_id (int | Unset):
        tripletex_customer_id (int | Unset):
        org_number (str | Unset):
        name (str | Unset):
        category2 (str | Unset):
        category3 (str | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        suspended (bool | Unset):
        bankrupt (bool | Unset):
        liquidated (bool | Unset):
        force_liquidated (bool | Unset):
        excluded_from_disabling (bool | Unset):
        excluded_from_deletion (bool | Unset):
    """

    tripletex_company_id: int | Unset = UNSET
    tripletex_customer_id: int | Unset = UNSET
    org_number: str | Unset = UNSET
    name: str | Unset = UNSET
    category2: str | Unset = UNSET
    category3: str | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    suspended: bool | Unset = UNSET
    bankrupt: bool | Unset = UNSET
    liquidated: bool | Unset = UNSET
    force_liquidated: bool | Unset = UNSET
    excluded_from_disabling: bool | Unset = UNSET
    excluded_from_deletion: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.tripletex_company_id
        if _v is not UNSET and not _in_request:
            field_dict["tripletexCompanyId"] = _v
        _v = self.tripletex_customer_id
        if _v is not UNSET and not _in_request:
            field_dict["tripletexCustomerId"] = _v
        _v = self.org_number
        if _v is not UNSET and not _in_request:
            field_dict["orgNumber"] = _v
        _v = self.name
        if _v is not UNSET and not _in_request:
            field_dict["name"] = _v
        _v = self.category2
        if _v is not UNSET and not _in_request:
            field_dict["category2"] = _v
        _v = self.category3
        if _v is not UNSET and not _in_request:
            field_dict["category3"] = _v
        _v = self.start_date
        if _v is not UNSET and not _in_request:
            field_dict["startDate"] = _v
        _v = self.end_date
        if _v is not UNSET and not _in_request:
            field_dict["endDate"] = _v
        _v = self.suspended
        if _v is not UNSET and not _in_request:
            field_dict["suspended"] = _v
        _v = self.bankrupt
        if _v is not UNSET and not _in_request:
            field_dict["bankrupt"] = _v
        _v = self.liquidated
        if _v is not UNSET and not _in_request:
            field_dict["liquidated"] = _v
        _v = self.force_liquidated
        if _v is not UNSET and not _in_request:
            field_dict["forceLiquidated"] = _v
        _v = self.excluded_from_disabling
        if _v is not UNSET and not _in_request:
            field_dict["excludedFromDisabling"] = _v
        _v = self.excluded_from_deletion
        if _v is not UNSET and not _in_request:
            field_dict["excludedFromDeletion"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SupportDashboardCustomer from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SupportDashboardCustomer.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "tripletexCompanyId",
                "tripletexCustomerId",
                "orgNumber",
                "name",
                "category2",
                "category3",
                "startDate",
                "endDate",
                "suspended",
                "bankrupt",
                "liquidated",
                "forceLiquidated",
                "excludedFromDisabling",
                "excludedFromDeletion",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "tripletexCompanyId": "tripletex_company_id",
            "tripletexCustomerId": "tripletex_customer_id",
            "orgNumber": "org_number",
            "name": "name",
            "category2": "category2",
            "category3": "category3",
            "startDate": "start_date",
            "endDate": "end_date",
            "suspended": "suspended",
            "bankrupt": "bankrupt",
            "liquidated": "liquidated",
            "forceLiquidated": "force_liquidated",
            "excludedFromDisabling": "excluded_from_disabling",
            "excludedFromDeletion": "excluded_from_deletion",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.tripletex_company_id = o.tripletex_customer_id = o.org_number = o.name = o.category2 = (
                        o.category3
                    ) = o.start_date = o.end_date = o.suspended = o.bankrupt = o.liquidated = o.force_liquidated = (
                        o.excluded_from_disabling
                    ) = o.excluded_from_deletion = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("tripletexCompanyId")
                if v is None:
                    o.tripletex_company_id = u
                    if "tripletexCompanyId" not in d:
                        m += 1
                else:
                    o.tripletex_company_id = v
                v = g("tripletexCustomerId")
                if v is None:
                    o.tripletex_customer_id = u
                    if "tripletexCustomerId" not in d:
                        m += 1
                else:
                    o.tripletex_customer_id = v
                v = g("orgNumber")
                if v is None:
                    o.org_number = u
                    if "orgNumber" not in d:
                        m += 1
                else:
                    o.org_number = v
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("category2")
                if v is None:
                    o.category2 = u
                    if "category2" not in d:
                        m += 1
                else:
                    o.category2 = v
                v = g("category3")
                if v is None:
                    o.category3 = u
                    if "category3" not in d:
                        m += 1
                else:
                    o.category3 = v
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
                v = g("suspended")
                if v is None:
                    o.suspended = u
                    if "suspended" not in d:
                        m += 1
                else:
                    o.suspended = v
                v = g("bankrupt")
                if v is None:
                    o.bankrupt = u
                    if "bankrupt" not in d:
                        m += 1
                else:
                    o.bankrupt = v
                v = g("liquidated")
                if v is None:
                    o.liquidated = u
                    if "liquidated" not in d:
                        m += 1
                else:
                    o.liquidated = v
                v = g("forceLiquidated")
                if v is None:
                    o.force_liquidated = u
                    if "forceLiquidated" not in d:
                        m += 1
                else:
                    o.force_liquidated = v
                v = g("excludedFromDisabling")
                if v is None:
                    o.excluded_from_disabling = u
                    if "excludedFromDisabling" not in d:
                        m += 1
                else:
                    o.excluded_from_disabling = v
                v = g("excludedFromDeletion")
                if v is None:
                    o.excluded_from_deletion = u
                    if "excludedFromDeletion" not in d:
                        m += 1
                else:
                    o.excluded_from_deletion = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 14 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("tripletex_company_id", "tripletexCompanyId"),
            ("tripletex_customer_id", "tripletexCustomerId"),
            ("org_number", "orgNumber"),
            ("name", "name"),
            ("category2", "category2"),
            ("category3", "category3"),
            ("start_date", "startDate"),
            ("end_date", "endDate"),
            ("suspended", "suspended"),
            ("bankrupt", "bankrupt"),
            ("liquidated", "liquidated"),
            ("force_liquidated", "forceLiquidated"),
            ("excluded_from_disabling", "excludedFromDisabling"),
            ("excluded_from_deletion", "excludedFromDeletion"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.tripletex_company_id
            o.tripletex_company_id = u if v is None else v
            v = s.tripletex_customer_id
            o.tripletex_customer_id = u if v is None else v
            v = s.org_number
            o.org_number = u if v is None else v
            v = s.name
            o.name = u if v is None else v
            v = s.category2
            o.category2 = u if v is None else v
            v = s.category3
            o.category3 = u if v is None else v
            v = s.start_date
            o.start_date = u if v is None else v
            v = s.end_date
            o.end_date = u if v is None else v
            v = s.suspended
            o.suspended = u if v is None else v
            v = s.bankrupt
            o.bankrupt = u if v is None else v
            v = s.liquidated
            o.liquidated = u if v is None else v
            v = s.force_liquidated
            o.force_liquidated = u if v is None else v
            v = s.excluded_from_disabling
            o.excluded_from_disabling = u if v is None else v
            v = s.excluded_from_deletion
            o.excluded_from_deletion = u if v is None else v
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
