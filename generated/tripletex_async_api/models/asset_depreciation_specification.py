from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_depreciation_specification_depreciation_method import (
    AssetDepreciationSpecificationDepreciationMethod,
)
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    parse_error,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.account import Account


T = TypeVar("T", bound="AssetDepreciationSpecification")


@_attrs_define
class AssetDepreciationSpecification(Model):
    """
    Attributes:
        asset_id (int | Unset): Asset id
        amount (float | Unset): For STRAIGHT_LINE: the total amount to write off.  FOR TAX_RELATED: the base amount to
            calculate the write off amounts from.  Not used for CUSTOM
        balance_account (Account | Unset):
        depreciation_account (Account | Unset):
        no_of_months (int | Unset): The depreciation period in months.
        depreciation_method (AssetDepreciationSpecificationDepreciationMethod | Unset): The depreciation method.
        start_date (str | Unset): The start date for the depreciation. This will also be the voucher date
        custom_monthly_write_off_amount (float | Unset): The monthly amount to write off.  Only used for CUSTOM
        tax_related_depreciation_percentage (float | Unset): How many percent to depreciate for each year.  Only used
            for TAX_RELATED
        diff (float | Unset): Difference
        depreciation_rate (float | Unset): How many percent to depreciate for each year.  Only used for TAX_RELATED
    """

    asset_id: int | Unset = UNSET
    amount: float | Unset = UNSET
    balance_account: Account | Unset = UNSET
    depreciation_account: Account | Unset = UNSET
    no_of_months: int | Unset = UNSET
    depreciation_method: AssetDepreciationSpecificationDepreciationMethod | Unset = UNSET
    start_date: str | Unset = UNSET
    custom_monthly_write_off_amount: float | Unset = UNSET
    tax_related_depreciation_percentage: float | Unset = UNSET
    diff: float | Unset = UNSET
    depreciation_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.asset_id
        if _v is not UNSET:
            field_dict["assetId"] = _v
        _v = self.amount
        if _v is not UNSET:
            field_dict["amount"] = _v
        _v = self.balance_account
        if _v is not UNSET:
            field_dict["balanceAccount"] = _v.to_dict()
        _v = self.depreciation_account
        if _v is not UNSET:
            field_dict["depreciationAccount"] = _v.to_dict()
        _v = self.no_of_months
        if _v is not UNSET:
            field_dict["noOfMonths"] = _v
        _v = self.depreciation_method
        if _v is not UNSET:
            field_dict["depreciationMethod"] = _v._value_
        _v = self.start_date
        if _v is not UNSET:
            field_dict["startDate"] = _v
        _v = self.custom_monthly_write_off_amount
        if _v is not UNSET:
            field_dict["customMonthlyWriteOffAmount"] = _v
        _v = self.tax_related_depreciation_percentage
        if _v is not UNSET:
            field_dict["taxRelatedDepreciationPercentage"] = _v
        _v = self.diff
        if _v is not UNSET:
            field_dict["diff"] = _v
        _v = self.depreciation_rate
        if _v is not UNSET:
            field_dict["depreciationRate"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AssetDepreciationSpecification from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AssetDepreciationSpecification.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.account import Account  # noqa: PLC0415

        _new = object.__new__
        _e_depreciation_method: dict[Any, Any] = enum_members(AssetDepreciationSpecificationDepreciationMethod)
        _known: frozenset[str] = frozenset(
            (
                "assetId",
                "amount",
                "balanceAccount",
                "depreciationAccount",
                "noOfMonths",
                "depreciationMethod",
                "startDate",
                "customMonthlyWriteOffAmount",
                "taxRelatedDepreciationPercentage",
                "diff",
                "depreciationRate",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "assetId": "asset_id",
            "amount": "amount",
            "noOfMonths": "no_of_months",
            "startDate": "start_date",
            "customMonthlyWriteOffAmount": "custom_monthly_write_off_amount",
            "taxRelatedDepreciationPercentage": "tax_related_depreciation_percentage",
            "diff": "diff",
            "depreciationRate": "depreciation_rate",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.asset_id = o.amount = o.balance_account = o.depreciation_account = o.no_of_months = (
                        o.depreciation_method
                    ) = o.start_date = o.custom_monthly_write_off_amount = o.tax_related_depreciation_percentage = (
                        o.diff
                    ) = o.depreciation_rate = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("assetId")
                if v is None:
                    o.asset_id = u
                    if "assetId" not in d:
                        m += 1
                else:
                    o.asset_id = v
                v = g("amount")
                if v is None:
                    o.amount = u
                    if "amount" not in d:
                        m += 1
                else:
                    o.amount = v
                k = "balanceAccount"
                v = g("balanceAccount")
                if v is None:
                    o.balance_account = u
                    if "balanceAccount" not in d:
                        m += 1
                else:
                    o.balance_account = Account._tx_parse(v)
                k = "depreciationAccount"
                v = g("depreciationAccount")
                if v is None:
                    o.depreciation_account = u
                    if "depreciationAccount" not in d:
                        m += 1
                else:
                    o.depreciation_account = Account._tx_parse(v)
                v = g("noOfMonths")
                if v is None:
                    o.no_of_months = u
                    if "noOfMonths" not in d:
                        m += 1
                else:
                    o.no_of_months = v
                k = "depreciationMethod"
                v = g("depreciationMethod")
                if v is None:
                    o.depreciation_method = u
                    if "depreciationMethod" not in d:
                        m += 1
                else:
                    o.depreciation_method = (
                        e_
                        if (e_ := _e_depreciation_method.get(v)) is not None
                        else enum_value(AssetDepreciationSpecificationDepreciationMethod, v)
                    )
                v = g("startDate")
                if v is None:
                    o.start_date = u
                    if "startDate" not in d:
                        m += 1
                else:
                    o.start_date = v
                v = g("customMonthlyWriteOffAmount")
                if v is None:
                    o.custom_monthly_write_off_amount = u
                    if "customMonthlyWriteOffAmount" not in d:
                        m += 1
                else:
                    o.custom_monthly_write_off_amount = v
                v = g("taxRelatedDepreciationPercentage")
                if v is None:
                    o.tax_related_depreciation_percentage = u
                    if "taxRelatedDepreciationPercentage" not in d:
                        m += 1
                else:
                    o.tax_related_depreciation_percentage = v
                v = g("diff")
                if v is None:
                    o.diff = u
                    if "diff" not in d:
                        m += 1
                else:
                    o.diff = v
                v = g("depreciationRate")
                if v is None:
                    o.depreciation_rate = u
                    if "depreciationRate" not in d:
                        m += 1
                else:
                    o.depreciation_rate = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 11 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("asset_id", "assetId"),
            ("amount", "amount"),
            ("balance_account", "balanceAccount"),
            ("depreciation_account", "depreciationAccount"),
            ("no_of_months", "noOfMonths"),
            ("depreciation_method", "depreciationMethod"),
            ("start_date", "startDate"),
            ("custom_monthly_write_off_amount", "customMonthlyWriteOffAmount"),
            ("tax_related_depreciation_percentage", "taxRelatedDepreciationPercentage"),
            ("diff", "diff"),
            ("depreciation_rate", "depreciationRate"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.asset_id
            o.asset_id = u if v is None else v
            v = s.amount
            o.amount = u if v is None else v
            v = s.balance_account
            o.balance_account = u if v is None or v is u else Account._tx_parse(v)
            v = s.depreciation_account
            o.depreciation_account = u if v is None or v is u else Account._tx_parse(v)
            v = s.no_of_months
            o.no_of_months = u if v is None else v
            v = s.depreciation_method
            o.depreciation_method = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_depreciation_method.get(v)) is not None
                else enum_value(AssetDepreciationSpecificationDepreciationMethod, v)
            )
            v = s.start_date
            o.start_date = u if v is None else v
            v = s.custom_monthly_write_off_amount
            o.custom_monthly_write_off_amount = u if v is None else v
            v = s.tax_related_depreciation_percentage
            o.tax_related_depreciation_percentage = u if v is None else v
            v = s.diff
            o.diff = u if v is None else v
            v = s.depreciation_rate
            o.depreciation_rate = u if v is None else v
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
