from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.generic_data import GenericData
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="ParticipantReportAcquisitionAndRealization")


@_attrs_define
class ParticipantReportAcquisitionAndRealization:
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
        from ..models.generic_data import GenericData  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _year_end_report = d.pop("yearEndReport", UNSET)
        year_end_report: YearEndReport | Unset
        if isinstance(_year_end_report, Unset):
            year_end_report = UNSET
        else:
            year_end_report = YearEndReport.from_dict(_year_end_report)

        group_id = d.pop("groupId", UNSET)

        sub_group_id = d.pop("subGroupId", UNSET)

        _posts = d.pop("posts", UNSET)
        posts: list[GenericData] | Unset = UNSET
        if _posts is not UNSET:
            posts = []
            for posts_item_data in _posts:
                if posts_item_data is None:
                    continue
                posts_item = GenericData.from_dict(posts_item_data)

                posts.append(posts_item)

        transfer_type = d.pop("transferType", UNSET)

        transaction_type = d.pop("transactionType", UNSET)

        name = d.pop("name", UNSET)

        identification = d.pop("identification", UNSET)

        time = d.pop("time", UNSET)

        amount = d.pop("amount", UNSET)

        remuneration = d.pop("remuneration", UNSET)

        costs = d.pop("costs", UNSET)

        addition_non_deductible_loss = d.pop("additionNonDeductibleLoss", UNSET)

        unused_shielding_previous_years = d.pop("unusedShieldingPreviousYears", UNSET)

        other_corrections = d.pop("otherCorrections", UNSET)

        gain_loss_realization = d.pop("gainLossRealization", UNSET)

        is_covered_exemption_method = d.pop("isCoveredExemptionMethod", UNSET)

        acquired_initial_value = d.pop("acquiredInitialValue", UNSET)

        price = d.pop("price", UNSET)

        initial_value_realized_shares = d.pop("initialValueRealizedShares", UNSET)

        temporary_gain_loss_realization = d.pop("temporaryGainLossRealization", UNSET)

        covered_exemption_method = d.pop("coveredExemptionMethod", UNSET)

        _obj = cls(
            year_end_report=year_end_report,
            group_id=group_id,
            sub_group_id=sub_group_id,
            posts=posts,
            transfer_type=transfer_type,
            transaction_type=transaction_type,
            name=name,
            identification=identification,
            time=time,
            amount=amount,
            remuneration=remuneration,
            costs=costs,
            addition_non_deductible_loss=addition_non_deductible_loss,
            unused_shielding_previous_years=unused_shielding_previous_years,
            other_corrections=other_corrections,
            gain_loss_realization=gain_loss_realization,
            is_covered_exemption_method=is_covered_exemption_method,
            acquired_initial_value=acquired_initial_value,
            price=price,
            initial_value_realized_shares=initial_value_realized_shares,
            temporary_gain_loss_realization=temporary_gain_loss_realization,
            covered_exemption_method=covered_exemption_method,
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
