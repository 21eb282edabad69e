from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.mandatory_deduction_period_overview import MandatoryDeductionPeriodOverview


T = TypeVar("T", bound="MandatoryDeductionOverview")


@_attrs_define
class MandatoryDeductionOverview:
    """
    Attributes:
        account (Account | Unset):
        ledger_sum (float | Unset): [read-only] Total ledger sum of mandatory deduction
        amelding_sum (float | Unset): [read-only] Total amelding sum of mandatory deduction
        discrepancy (float | Unset): [read-only] Total discrepancy of mandatory deduction overview
        period_overviews (list[MandatoryDeductionPeriodOverview] | Unset): [read-only] Mandatory deduction overview per
            period
    """

    account: Account | Unset = UNSET
    ledger_sum: float | Unset = UNSET
    amelding_sum: float | Unset = UNSET
    discrepancy: float | Unset = UNSET
    period_overviews: list[MandatoryDeductionPeriodOverview] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        ledger_sum = self.ledger_sum

        amelding_sum = self.amelding_sum

        discrepancy = self.discrepancy

        period_overviews: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.period_overviews, Unset):
            period_overviews = []
            for period_overviews_item_data in self.period_overviews:
                period_overviews_item = period_overviews_item_data.to_dict()
                period_overviews.append(period_overviews_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if ledger_sum is not UNSET and not _in_request:
            field_dict["ledgerSum"] = ledger_sum
        if amelding_sum is not UNSET and not _in_request:
            field_dict["ameldingSum"] = amelding_sum
        if discrepancy is not UNSET and not _in_request:
            field_dict["discrepancy"] = discrepancy
        if period_overviews is not UNSET and not _in_request:
            field_dict["periodOverviews"] = period_overviews

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.account import Account  # noqa: PLC0415
        from ..models.mandatory_deduction_period_overview import MandatoryDeductionPeriodOverview  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _account = d.pop("account", UNSET)
        account: Account | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = Account.from_dict(_account)

        ledger_sum = d.pop("ledgerSum", UNSET)

        amelding_sum = d.pop("ameldingSum", UNSET)

        discrepancy = d.pop("discrepancy", UNSET)

        _period_overviews = d.pop("periodOverviews", UNSET)
        period_overviews: list[MandatoryDeductionPeriodOverview] | Unset = UNSET
        if _period_overviews is not UNSET:
            period_overviews = []
            for period_overviews_item_data in _period_overviews:
                if period_overviews_item_data is None:
                    continue
                period_overviews_item = MandatoryDeductionPeriodOverview.from_dict(period_overviews_item_data)

                period_overviews.append(period_overviews_item)

        _obj = cls(
            account=account,
            ledger_sum=ledger_sum,
            amelding_sum=amelding_sum,
            discrepancy=discrepancy,
            period_overviews=period_overviews,
        )

        _obj.additional_properties = d
        return _obj

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
