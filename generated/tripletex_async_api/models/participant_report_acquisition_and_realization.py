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
    from ..models.generic_data import GenericData
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="ParticipantReportAcquisitionAndRealization")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("yearEndReport", dict, False),
    ("posts", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ParticipantReportAcquisitionAndRealization(LazyModel):
    """Acquisition and Realization

    Attributes:
        year_end_report (YearEndReport | Unset):
        group_id (int | Unset): Group ID
        sub_group_id (int | Unset): Sub group ID
        posts (list[GenericData] | Unset): Associated posts
        transfer_type (str | Unset): [read-only] Acquisition and realization types
        transaction_type (str | Unset): [read-only] Realization and acquisition transaction type codelist
        name (str | Unset): [read-only] Name
        identification (str | Unset): [read-only] Identification
        time (str | Unset): [read-only] Time
        amount (float | Unset): [read-only] Amount
        remuneration (float | Unset): [read-only] Remuneration
        costs (float | Unset): [read-only] Costs
        addition_non_deductible_loss (float | Unset): [read-only] Addition non deductible loss
        unused_shielding_previous_years (float | Unset): [read-only] Unused shielding previous years
        other_corrections (float | Unset): [read-only] Other corrections
        gain_loss_realization (float | Unset): [read-only] Gain loss realization
        is_covered_exemption_method (bool | Unset):
        acquired_initial_value (float | Unset): [read-only] Acquired initial value
        price (float | Unset): [read-only] Price
        initial_value_realized_shares (float | Unset): [read-only] Initial value realized shares
        temporary_gain_loss_realization (float | Unset): [read-only] Temporary gain loss realization
        covered_exemption_method (bool | Unset):
    """

    year_end_report: YearEndReport | Unset = UNSET
    group_id: int | Unset = UNSET
    sub_group_id: int | Unset = UNSET
    posts: list[GenericData] | Unset = UNSET
    transfer_type: str | Unset = UNSET
    transaction_type: str | Unset = UNSET
    name: str | Unset = UNSET
    identification: str | Unset = UNSET
    time: str | Unset = UNSET
    amount: float | Unset = UNSET
    remuneration: float | Unset = UNSET
    costs: float | Unset = UNSET
    addition_non_deductible_loss: float | Unset = UNSET
    unused_shielding_previous_years: float | Unset = UNSET
    other_corrections: float | Unset = UNSET
    gain_loss_realization: float | Unset = UNSET
    is_covered_exemption_method: bool | Unset = UNSET
    acquired_initial_value: float | Unset = UNSET
    price: float | Unset = UNSET
    initial_value_realized_shares: float | Unset = UNSET
    temporary_gain_loss_realization: float | Unset = UNSET
    covered_exemption_method: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        group_id = self.group_id

        sub_group_id = self.sub_group_id

        posts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.posts, Unset):
            posts = []
            for posts_item_data in self.posts:
                posts_item = posts_item_data.to_dict()
                posts.append(posts_item)

        transfer_type = self.transfer_type

        transaction_type = self.transaction_type

        name = self.name

        identification = self.identification

        time = self.time

        amount = self.amount

        remuneration = self.remuneration

        costs = self.costs

        addition_non_deductible_loss = self.addition_non_deductible_loss

        unused_shielding_previous_years = self.unused_shielding_previous_years

        other_corrections = self.other_corrections

        gain_loss_realization = self.gain_loss_realization

        is_covered_exemption_method = self.is_covered_exemption_method

        acquired_initial_value = self.acquired_initial_value

        price = self.price

        initial_value_realized_shares = self.initial_value_realized_shares

        temporary_gain_loss_realization = self.temporary_gain_loss_realization

        covered_exemption_method = self.covered_exemption_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if sub_group_id is not UNSET:
            field_dict["subGroupId"] = sub_group_id
        if posts is not UNSET:
            field_dict["posts"] = posts
        if transfer_type is not UNSET and not _in_request:
            field_dict["transferType"] = transfer_type
        if transaction_type is not UNSET and not _in_request:
            field_dict["transactionType"] = transaction_type
        if name is not UNSET and not _in_request:
            field_dict["name"] = name
        if identification is not UNSET and not _in_request:
            field_dict["identification"] = identification
        if time is not UNSET and not _in_request:
            field_dict["time"] = time
        if amount is not UNSET and not _in_request:
            field_dict["amount"] = amount
        if remuneration is not UNSET and not _in_request:
            field_dict["remuneration"] = remuneration
        if costs is not UNSET and not _in_request:
            field_dict["costs"] = costs
        if addition_non_deductible_loss is not UNSET and not _in_request:
            field_dict["additionNonDeductibleLoss"] = addition_non_deductible_loss
        if unused_shielding_previous_years is not UNSET and not _in_request:
            field_dict["unusedShieldingPreviousYears"] = unused_shielding_previous_years
        if other_corrections is not UNSET and not _in_request:
            field_dict["otherCorrections"] = other_corrections
        if gain_loss_realization is not UNSET and not _in_request:
            field_dict["gainLossRealization"] = gain_loss_realization
        if is_covered_exemption_method is not UNSET:
            field_dict["isCoveredExemptionMethod"] = is_covered_exemption_method
        if acquired_initial_value is not UNSET and not _in_request:
            field_dict["acquiredInitialValue"] = acquired_initial_value
        if price is not UNSET and not _in_request:
            field_dict["price"] = price
        if initial_value_realized_shares is not UNSET and not _in_request:
            field_dict["initialValueRealizedShares"] = initial_value_realized_shares
        if temporary_gain_loss_realization is not UNSET and not _in_request:
            field_dict["temporaryGainLossRealization"] = temporary_gain_loss_realization
        if covered_exemption_method is not UNSET:
            field_dict["coveredExemptionMethod"] = covered_exemption_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ParticipantReportAcquisitionAndRealization from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.generic_data import GenericData  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        def _p_year_end_report(_tx_v: Any) -> YearEndReport | Unset:
            _year_end_report = _tx_v
            year_end_report: YearEndReport | Unset
            if isinstance(_year_end_report, Unset):
                year_end_report = UNSET
            else:
                year_end_report = YearEndReport._tx_from_json(_year_end_report)

            return year_end_report

        def _p_posts(_tx_v: Any) -> list[GenericData] | Unset:
            _posts = _tx_v
            posts: list[GenericData] | Unset = UNSET
            if _posts is not UNSET:
                posts = []
                for posts_item_data in _posts:
                    if posts_item_data is None:
                        continue
                    posts_item = GenericData._tx_from_json(posts_item_data)

                    posts.append(posts_item)

            return posts

        _tx_known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "groupId",
                "subGroupId",
                "posts",
                "transferType",
                "transactionType",
                "name",
                "identification",
                "time",
                "amount",
                "remuneration",
                "costs",
                "additionNonDeductibleLoss",
                "unusedShieldingPreviousYears",
                "otherCorrections",
                "gainLossRealization",
                "isCoveredExemptionMethod",
                "acquiredInitialValue",
                "price",
                "initialValueRealizedShares",
                "temporaryGainLossRealization",
                "coveredExemptionMethod",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "group_id": ("groupId", None),
            "sub_group_id": ("subGroupId", None),
            "posts": ("posts", _p_posts),
            "transfer_type": ("transferType", None),
            "transaction_type": ("transactionType", None),
            "name": ("name", None),
            "identification": ("identification", None),
            "time": ("time", None),
            "amount": ("amount", None),
            "remuneration": ("remuneration", None),
            "costs": ("costs", None),
            "addition_non_deductible_loss": ("additionNonDeductibleLoss", None),
            "unused_shielding_previous_years": ("unusedShieldingPreviousYears", None),
            "other_corrections": ("otherCorrections", None),
            "gain_loss_realization": ("gainLossRealization", None),
            "is_covered_exemption_method": ("isCoveredExemptionMethod", None),
            "acquired_initial_value": ("acquiredInitialValue", None),
            "price": ("price", None),
            "initial_value_realized_shares": ("initialValueRealizedShares", None),
            "temporary_gain_loss_realization": ("temporaryGainLossRealization", None),
            "covered_exemption_method": ("coveredExemptionMethod", None),
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
