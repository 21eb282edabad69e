from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ADDITIONAL_PROPERTIES,
    UNSET,
    LazyModel,
    ParserTable,
    Shape,
    Unset,
    lazy_model,
    mark_assigned,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.account import Account
    from ..models.mandatory_deduction_period_overview import MandatoryDeductionPeriodOverview


T = TypeVar("T", bound="MandatoryDeductionOverview")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("account", dict, False),
    ("periodOverviews", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class MandatoryDeductionOverview(LazyModel):
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
        self._tx_load()
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
        """A MandatoryDeductionOverview from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.account import Account  # noqa: PLC0415
        from ..models.mandatory_deduction_period_overview import MandatoryDeductionPeriodOverview  # noqa: PLC0415

        def _p_account(_tx_v: Any) -> Account | Unset:
            _account = _tx_v
            account: Account | Unset
            if isinstance(_account, Unset):
                account = UNSET
            else:
                account = Account._tx_from_json(_account)

            return account

        def _p_period_overviews(_tx_v: Any) -> list[MandatoryDeductionPeriodOverview] | Unset:
            _period_overviews = _tx_v
            period_overviews: list[MandatoryDeductionPeriodOverview] | Unset = UNSET
            if _period_overviews is not UNSET:
                period_overviews = []
                for period_overviews_item_data in _period_overviews:
                    if period_overviews_item_data is None:
                        continue
                    period_overviews_item = MandatoryDeductionPeriodOverview._tx_from_json(period_overviews_item_data)

                    period_overviews.append(period_overviews_item)

            return period_overviews

        _tx_known: frozenset[str] = frozenset(
            (
                "account",
                "ledgerSum",
                "ameldingSum",
                "discrepancy",
                "periodOverviews",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "account": ("account", _p_account),
            "ledger_sum": ("ledgerSum", None),
            "amelding_sum": ("ameldingSum", None),
            "discrepancy": ("discrepancy", None),
            "period_overviews": ("periodOverviews", _p_period_overviews),
            "additional_properties": (ADDITIONAL_PROPERTIES, _p_additional_properties),
        }

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
