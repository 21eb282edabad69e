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
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.department import Department
    from ..models.inventory_unit_rate_company_specific import InventoryUnitRateCompanySpecific
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="AccountInventoryBalance")


@_attrs_define
class AccountInventoryBalance(Model):
    """
    Attributes:
        year (int | Unset): Year
        year_end_report (YearEndReport | Unset):
        group_id (int | Unset): Group id
        sub_group_id (int | Unset): Sub group id
        account (Account | Unset):
        department (Department | Unset): The department for this account. If multiple industries are activated, all
            postings on this account will be towards this department. If multiple industries are not activated, it is
            ignored.
        balance_in_quantity (float | Unset): incoming quantity balance
        balance_in (float | Unset): incoming balance
        balance_change_quantity (float | Unset): quantity balance change
        unit_rate (InventoryUnitRateCompanySpecific | Unset): unit rate
        balance_out_quantity (float | Unset): outgoing quantity balance
        booked_balance_out_quantity (float | Unset): booked outgoing quantity balance
        balance_out (float | Unset): outgoing balance
        booked_balance_out (float | Unset): booked outgoing balance
        balance_change (float | Unset): balance change
        modified_unit_rate (float | Unset): modified unit rate
        modified_balance_out_quantity (float | Unset): modified balance out quantity
        modified_balance_out (float | Unset): modified balance out
    """

    year: int | Unset = UNSET
    year_end_report: YearEndReport | Unset = UNSET
    group_id: int | Unset = UNSET
    sub_group_id: int | Unset = UNSET
    account: Account | Unset = UNSET
    department: Department | Unset = UNSET
    balance_in_quantity: float | Unset = UNSET
    balance_in: float | Unset = UNSET
    balance_change_quantity: float | Unset = UNSET
    unit_rate: InventoryUnitRateCompanySpecific | Unset = UNSET
    balance_out_quantity: float | Unset = UNSET
    booked_balance_out_quantity: float | Unset = UNSET
    balance_out: float | Unset = UNSET
    booked_balance_out: float | Unset = UNSET
    balance_change: float | Unset = UNSET
    modified_unit_rate: float | Unset = UNSET
    modified_balance_out_quantity: float | Unset = UNSET
    modified_balance_out: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.year
        if _v is not UNSET:
            field_dict["year"] = _v
        _v = self.year_end_report
        if _v is not UNSET:
            field_dict["yearEndReport"] = _v.to_dict()
        _v = self.group_id
        if _v is not UNSET:
            field_dict["groupId"] = _v
        _v = self.sub_group_id
        if _v is not UNSET:
            field_dict["subGroupId"] = _v
        _v = self.account
        if _v is not UNSET:
            field_dict["account"] = _v.to_dict()
        _v = self.department
        if _v is not UNSET:
            field_dict["department"] = _v.to_dict()
        _v = self.balance_in_quantity
        if _v is not UNSET:
            field_dict["balanceInQuantity"] = _v
        _v = self.balance_in
        if _v is not UNSET:
            field_dict["balanceIn"] = _v
        _v = self.balance_change_quantity
        if _v is not UNSET and not _in_request:
            field_dict["balanceChangeQuantity"] = _v
        _v = self.unit_rate
        if _v is not UNSET:
            field_dict["unitRate"] = _v.to_dict()
        _v = self.balance_out_quantity
        if _v is not UNSET:
            field_dict["balanceOutQuantity"] = _v
        _v = self.booked_balance_out_quantity
        if _v is not UNSET:
            field_dict["bookedBalanceOutQuantity"] = _v
        _v = self.balance_out
        if _v is not UNSET:
            field_dict["balanceOut"] = _v
        _v = self.booked_balance_out
        if _v is not UNSET:
            field_dict["bookedBalanceOut"] = _v
        _v = self.balance_change
        if _v is not UNSET and not _in_request:
            field_dict["balanceChange"] = _v
        _v = self.modified_unit_rate
        if _v is not UNSET:
            field_dict["modifiedUnitRate"] = _v
        _v = self.modified_balance_out_quantity
        if _v is not UNSET:
            field_dict["modifiedBalanceOutQuantity"] = _v
        _v = self.modified_balance_out
        if _v is not UNSET:
            field_dict["modifiedBalanceOut"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AccountInventoryBalance from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AccountInventoryBalance.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.account import Account  # noqa: PLC0415
        from ..models.department import Department  # noqa: PLC0415
        from ..models.inventory_unit_rate_company_specific import InventoryUnitRateCompanySpecific  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "year",
                "yearEndReport",
                "groupId",
                "subGroupId",
                "account",
                "department",
                "balanceInQuantity",
                "balanceIn",
                "balanceChangeQuantity",
                "unitRate",
                "balanceOutQuantity",
                "bookedBalanceOutQuantity",
                "balanceOut",
                "bookedBalanceOut",
                "balanceChange",
                "modifiedUnitRate",
                "modifiedBalanceOutQuantity",
                "modifiedBalanceOut",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "year": "year",
            "groupId": "group_id",
            "subGroupId": "sub_group_id",
            "balanceInQuantity": "balance_in_quantity",
            "balanceIn": "balance_in",
            "balanceChangeQuantity": "balance_change_quantity",
            "balanceOutQuantity": "balance_out_quantity",
            "bookedBalanceOutQuantity": "booked_balance_out_quantity",
            "balanceOut": "balance_out",
            "bookedBalanceOut": "booked_balance_out",
            "balanceChange": "balance_change",
            "modifiedUnitRate": "modified_unit_rate",
            "modifiedBalanceOutQuantity": "modified_balance_out_quantity",
            "modifiedBalanceOut": "modified_balance_out",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 6 and _sparse_keys.issuperset(d):
                    o.year = o.year_end_report = o.group_id = o.sub_group_id = o.account = o.department = (
                        o.balance_in_quantity
                    ) = o.balance_in = o.balance_change_quantity = o.unit_rate = o.balance_out_quantity = (
                        o.booked_balance_out_quantity
                    ) = o.balance_out = o.booked_balance_out = o.balance_change = o.modified_unit_rate = (
                        o.modified_balance_out_quantity
                    ) = o.modified_balance_out = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("year")
                if v is None:
                    o.year = u
                    if "year" not in d:
                        m += 1
                else:
                    o.year = v
                k = "yearEndReport"
                v = g("yearEndReport")
                if v is None:
                    o.year_end_report = u
                    if "yearEndReport" not in d:
                        m += 1
                else:
                    o.year_end_report = YearEndReport._tx_parse(v)
                v = g("groupId")
                if v is None:
                    o.group_id = u
                    if "groupId" not in d:
                        m += 1
                else:
                    o.group_id = v
                v = g("subGroupId")
                if v is None:
                    o.sub_group_id = u
                    if "subGroupId" not in d:
                        m += 1
                else:
                    o.sub_group_id = v
                k = "account"
                v = g("account")
                if v is None:
                    o.account = u
                    if "account" not in d:
                        m += 1
                else:
                    o.account = Account._tx_parse(v)
                k = "department"
                v = g("department")
                if v is None:
                    o.department = u
                    if "department" not in d:
                        m += 1
                else:
                    o.department = Department._tx_parse(v)
                v = g("balanceInQuantity")
                if v is None:
                    o.balance_in_quantity = u
                    if "balanceInQuantity" not in d:
                        m += 1
                else:
                    o.balance_in_quantity = v
                v = g("balanceIn")
                if v is None:
                    o.balance_in = u
                    if "balanceIn" not in d:
                        m += 1
                else:
                    o.balance_in = v
                v = g("balanceChangeQuantity")
                if v is None:
                    o.balance_change_quantity = u
                    if "balanceChangeQuantity" not in d:
                        m += 1
                else:
                    o.balance_change_quantity = v
                k = "unitRate"
                v = g("unitRate")
                if v is None:
                    o.unit_rate = u
                    if "unitRate" not in d:
                        m += 1
                else:
                    o.unit_rate = InventoryUnitRateCompanySpecific._tx_parse(v)
                v = g("balanceOutQuantity")
                if v is None:
                    o.balance_out_quantity = u
                    if "balanceOutQuantity" not in d:
                        m += 1
                else:
                    o.balance_out_quantity = v
                v = g("bookedBalanceOutQuantity")
                if v is None:
                    o.booked_balance_out_quantity = u
                    if "bookedBalanceOutQuantity" not in d:
                        m += 1
                else:
                    o.booked_balance_out_quantity = v
                v = g("balanceOut")
                if v is None:
                    o.balance_out = u
                    if "balanceOut" not in d:
                        m += 1
                else:
                    o.balance_out = v
                v = g("bookedBalanceOut")
                if v is None:
                    o.booked_balance_out = u
                    if "bookedBalanceOut" not in d:
                        m += 1
                else:
                    o.booked_balance_out = v
                v = g("balanceChange")
                if v is None:
                    o.balance_change = u
                    if "balanceChange" not in d:
                        m += 1
                else:
                    o.balance_change = v
                v = g("modifiedUnitRate")
                if v is None:
                    o.modified_unit_rate = u
                    if "modifiedUnitRate" not in d:
                        m += 1
                else:
                    o.modified_unit_rate = v
                v = g("modifiedBalanceOutQuantity")
                if v is None:
                    o.modified_balance_out_quantity = u
                    if "modifiedBalanceOutQuantity" not in d:
                        m += 1
                else:
                    o.modified_balance_out_quantity = v
                v = g("modifiedBalanceOut")
                if v is None:
                    o.modified_balance_out = u
                    if "modifiedBalanceOut" not in d:
                        m += 1
                else:
                    o.modified_balance_out = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 18 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("year", "year"),
            ("year_end_report", "yearEndReport"),
            ("group_id", "groupId"),
            ("sub_group_id", "subGroupId"),
            ("account", "account"),
            ("department", "department"),
            ("balance_in_quantity", "balanceInQuantity"),
            ("balance_in", "balanceIn"),
            ("balance_change_quantity", "balanceChangeQuantity"),
            ("unit_rate", "unitRate"),
            ("balance_out_quantity", "balanceOutQuantity"),
            ("booked_balance_out_quantity", "bookedBalanceOutQuantity"),
            ("balance_out", "balanceOut"),
            ("booked_balance_out", "bookedBalanceOut"),
            ("balance_change", "balanceChange"),
            ("modified_unit_rate", "modifiedUnitRate"),
            ("modified_balance_out_quantity", "modifiedBalanceOutQuantity"),
            ("modified_balance_out", "modifiedBalanceOut"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year
            o.year = u if v is None else v
            v = s.year_end_report
            o.year_end_report = u if v is None or v is u else YearEndReport._tx_parse(v)
            v = s.group_id
            o.group_id = u if v is None else v
            v = s.sub_group_id
            o.sub_group_id = u if v is None else v
            v = s.account
            o.account = u if v is None or v is u else Account._tx_parse(v)
            v = s.department
            o.department = u if v is None or v is u else Department._tx_parse(v)
            v = s.balance_in_quantity
            o.balance_in_quantity = u if v is None else v
            v = s.balance_in
            o.balance_in = u if v is None else v
            v = s.balance_change_quantity
            o.balance_change_quantity = u if v is None else v
            v = s.unit_rate
            o.unit_rate = u if v is None or v is u else InventoryUnitRateCompanySpecific._tx_parse(v)
            v = s.balance_out_quantity
            o.balance_out_quantity = u if v is None else v
            v = s.booked_balance_out_quantity
            o.booked_balance_out_quantity = u if v is None else v
            v = s.balance_out
            o.balance_out = u if v is None else v
            v = s.booked_balance_out
            o.booked_balance_out = u if v is None else v
            v = s.balance_change
            o.balance_change = u if v is None else v
            v = s.modified_unit_rate
            o.modified_unit_rate = u if v is None else v
            v = s.modified_balance_out_quantity
            o.modified_balance_out_quantity = u if v is None else v
            v = s.modified_balance_out
            o.modified_balance_out = u if v is None else v
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
