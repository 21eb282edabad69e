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
    from ..models.generic_data import GenericData
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="ParticipantReportAcquisitionAndRealization")


@_attrs_define
class ParticipantReportAcquisitionAndRealization(Model):
    """Acquisition and Realization

    Attributes:
        year_end_report (YearEndReport | Unset):
        group_id (int | Unset): Group ID
        sub_group_id (int | Unset): Sub group ID
        posts (list[GenericData] | Unset): Associated posts
        transfer_type (str | Unset): Acquisition and realization types
        transaction_type (str | Unset): Realization and acquisition transaction type codelist
        name (str | Unset): Name
        identification (str | Unset): Identification
        time (str | Unset): Time
        amount (float | Unset): Amount
        remuneration (float | Unset): Remuneration
        costs (float | Unset): Costs
        addition_non_deductible_loss (float | Unset): Addition non deductible loss
        unused_shielding_previous_years (float | Unset): Unused shielding previous years
        other_corrections (float | Unset): Other corrections
        gain_loss_realization (float | Unset): Gain loss realization
        is_covered_exemption_method (bool | Unset):
        acquired_initial_value (float | Unset): Acquired initial value
        price (float | Unset): Price
        initial_value_realized_shares (float | Unset): Initial value realized shares
        temporary_gain_loss_realization (float | Unset): Temporary gain loss realization
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.year_end_report
        if _v is not UNSET:
            field_dict["yearEndReport"] = _v.to_dict()
        _v = self.group_id
        if _v is not UNSET:
            field_dict["groupId"] = _v
        _v = self.sub_group_id
        if _v is not UNSET:
            field_dict["subGroupId"] = _v
        _v = self.posts
        if _v is not UNSET:
            field_dict["posts"] = [_e.to_dict() for _e in _v]
        _v = self.transfer_type
        if _v is not UNSET and not _in_request:
            field_dict["transferType"] = _v
        _v = self.transaction_type
        if _v is not UNSET and not _in_request:
            field_dict["transactionType"] = _v
        _v = self.name
        if _v is not UNSET and not _in_request:
            field_dict["name"] = _v
        _v = self.identification
        if _v is not UNSET and not _in_request:
            field_dict["identification"] = _v
        _v = self.time
        if _v is not UNSET and not _in_request:
            field_dict["time"] = _v
        _v = self.amount
        if _v is not UNSET and not _in_request:
            field_dict["amount"] = _v
        _v = self.remuneration
        if _v is not UNSET and not _in_request:
            field_dict["remuneration"] = _v
        _v = self.costs
        if _v is not UNSET and not _in_request:
            field_dict["costs"] = _v
        _v = self.addition_non_deductible_loss
        if _v is not UNSET and not _in_request:
            field_dict["additionNonDeductibleLoss"] = _v
        _v = self.unused_shielding_previous_years
        if _v is not UNSET and not _in_request:
            field_dict["unusedShieldingPreviousYears"] = _v
        _v = self.other_corrections
        if _v is not UNSET and not _in_request:
            field_dict["otherCorrections"] = _v
        _v = self.gain_loss_realization
        if _v is not UNSET and not _in_request:
            field_dict["gainLossRealization"] = _v
        _v = self.is_covered_exemption_method
        if _v is not UNSET:
            field_dict["isCoveredExemptionMethod"] = _v
        _v = self.acquired_initial_value
        if _v is not UNSET and not _in_request:
            field_dict["acquiredInitialValue"] = _v
        _v = self.price
        if _v is not UNSET and not _in_request:
            field_dict["price"] = _v
        _v = self.initial_value_realized_shares
        if _v is not UNSET and not _in_request:
            field_dict["initialValueRealizedShares"] = _v
        _v = self.temporary_gain_loss_realization
        if _v is not UNSET and not _in_request:
            field_dict["temporaryGainLossRealization"] = _v
        _v = self.covered_exemption_method
        if _v is not UNSET:
            field_dict["coveredExemptionMethod"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ParticipantReportAcquisitionAndRealization from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ParticipantReportAcquisitionAndRealization.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.generic_data import GenericData  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "groupId": "group_id",
            "subGroupId": "sub_group_id",
            "transferType": "transfer_type",
            "transactionType": "transaction_type",
            "name": "name",
            "identification": "identification",
            "time": "time",
            "amount": "amount",
            "remuneration": "remuneration",
            "costs": "costs",
            "additionNonDeductibleLoss": "addition_non_deductible_loss",
            "unusedShieldingPreviousYears": "unused_shielding_previous_years",
            "otherCorrections": "other_corrections",
            "gainLossRealization": "gain_loss_realization",
            "isCoveredExemptionMethod": "is_covered_exemption_method",
            "acquiredInitialValue": "acquired_initial_value",
            "price": "price",
            "initialValueRealizedShares": "initial_value_realized_shares",
            "temporaryGainLossRealization": "temporary_gain_loss_realization",
            "coveredExemptionMethod": "covered_exemption_method",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 7 and _sparse_keys.issuperset(d):
                    o.year_end_report = o.group_id = o.sub_group_id = o.posts = o.transfer_type = o.transaction_type = (
                        o.name
                    ) = o.identification = o.time = o.amount = o.remuneration = o.costs = (
                        o.addition_non_deductible_loss
                    ) = o.unused_shielding_previous_years = o.other_corrections = o.gain_loss_realization = (
                        o.is_covered_exemption_method
                    ) = o.acquired_initial_value = o.price = o.initial_value_realized_shares = (
                        o.temporary_gain_loss_realization
                    ) = o.covered_exemption_method = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
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
                k = "posts"
                v = g("posts")
                if v is None:
                    o.posts = u
                    if "posts" not in d:
                        m += 1
                else:
                    o.posts = (
                        ([GenericData._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("transferType")
                if v is None:
                    o.transfer_type = u
                    if "transferType" not in d:
                        m += 1
                else:
                    o.transfer_type = v
                v = g("transactionType")
                if v is None:
                    o.transaction_type = u
                    if "transactionType" not in d:
                        m += 1
                else:
                    o.transaction_type = v
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("identification")
                if v is None:
                    o.identification = u
                    if "identification" not in d:
                        m += 1
                else:
                    o.identification = v
                v = g("time")
                if v is None:
                    o.time = u
                    if "time" not in d:
                        m += 1
                else:
                    o.time = v
                v = g("amount")
                if v is None:
                    o.amount = u
                    if "amount" not in d:
                        m += 1
                else:
                    o.amount = v
                v = g("remuneration")
                if v is None:
                    o.remuneration = u
                    if "remuneration" not in d:
                        m += 1
                else:
                    o.remuneration = v
                v = g("costs")
                if v is None:
                    o.costs = u
                    if "costs" not in d:
                        m += 1
                else:
                    o.costs = v
                v = g("additionNonDeductibleLoss")
                if v is None:
                    o.addition_non_deductible_loss = u
                    if "additionNonDeductibleLoss" not in d:
                        m += 1
                else:
                    o.addition_non_deductible_loss = v
                v = g("unusedShieldingPreviousYears")
                if v is None:
                    o.unused_shielding_previous_years = u
                    if "unusedShieldingPreviousYears" not in d:
                        m += 1
                else:
                    o.unused_shielding_previous_years = v
                v = g("otherCorrections")
                if v is None:
                    o.other_corrections = u
                    if "otherCorrections" not in d:
                        m += 1
                else:
                    o.other_corrections = v
                v = g("gainLossRealization")
                if v is None:
                    o.gain_loss_realization = u
                    if "gainLossRealization" not in d:
                        m += 1
                else:
                    o.gain_loss_realization = v
                v = g("isCoveredExemptionMethod")
                if v is None:
                    o.is_covered_exemption_method = u
                    if "isCoveredExemptionMethod" not in d:
                        m += 1
                else:
                    o.is_covered_exemption_method = v
                v = g("acquiredInitialValue")
                if v is None:
                    o.acquired_initial_value = u
                    if "acquiredInitialValue" not in d:
                        m += 1
                else:
                    o.acquired_initial_value = v
                v = g("price")
                if v is None:
                    o.price = u
                    if "price" not in d:
                        m += 1
                else:
                    o.price = v
                v = g("initialValueRealizedShares")
                if v is None:
                    o.initial_value_realized_shares = u
                    if "initialValueRealizedShares" not in d:
                        m += 1
                else:
                    o.initial_value_realized_shares = v
                v = g("temporaryGainLossRealization")
                if v is None:
                    o.temporary_gain_loss_realization = u
                    if "temporaryGainLossRealization" not in d:
                        m += 1
                else:
                    o.temporary_gain_loss_realization = v
                v = g("coveredExemptionMethod")
                if v is None:
                    o.covered_exemption_method = u
                    if "coveredExemptionMethod" not in d:
                        m += 1
                else:
                    o.covered_exemption_method = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 22 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("year_end_report", "yearEndReport"),
            ("group_id", "groupId"),
            ("sub_group_id", "subGroupId"),
            ("posts", "posts"),
            ("transfer_type", "transferType"),
            ("transaction_type", "transactionType"),
            ("name", "name"),
            ("identification", "identification"),
            ("time", "time"),
            ("amount", "amount"),
            ("remuneration", "remuneration"),
            ("costs", "costs"),
            ("addition_non_deductible_loss", "additionNonDeductibleLoss"),
            ("unused_shielding_previous_years", "unusedShieldingPreviousYears"),
            ("other_corrections", "otherCorrections"),
            ("gain_loss_realization", "gainLossRealization"),
            ("is_covered_exemption_method", "isCoveredExemptionMethod"),
            ("acquired_initial_value", "acquiredInitialValue"),
            ("price", "price"),
            ("initial_value_realized_shares", "initialValueRealizedShares"),
            ("temporary_gain_loss_realization", "temporaryGainLossRealization"),
            ("covered_exemption_method", "coveredExemptionMethod"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.year_end_report
            o.year_end_report = u if v is None or v is u else YearEndReport._tx_parse(v)
            v = s.group_id
            o.group_id = u if v is None else v
            v = s.sub_group_id
            o.sub_group_id = u if v is None else v
            v = s.posts
            o.posts = (
                u
                if v is None or v is u
                else ([GenericData._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.transfer_type
            o.transfer_type = u if v is None else v
            v = s.transaction_type
            o.transaction_type = u if v is None else v
            v = s.name
            o.name = u if v is None else v
            v = s.identification
            o.identification = u if v is None else v
            v = s.time
            o.time = u if v is None else v
            v = s.amount
            o.amount = u if v is None else v
            v = s.remuneration
            o.remuneration = u if v is None else v
            v = s.costs
            o.costs = u if v is None else v
            v = s.addition_non_deductible_loss
            o.addition_non_deductible_loss = u if v is None else v
            v = s.unused_shielding_previous_years
            o.unused_shielding_previous_years = u if v is None else v
            v = s.other_corrections
            o.other_corrections = u if v is None else v
            v = s.gain_loss_realization
            o.gain_loss_realization = u if v is None else v
            v = s.is_covered_exemption_method
            o.is_covered_exemption_method = u if v is None else v
            v = s.acquired_initial_value
            o.acquired_initial_value = u if v is None else v
            v = s.price
            o.price = u if v is None else v
            v = s.initial_value_realized_shares
            o.initial_value_realized_shares = u if v is None else v
            v = s.temporary_gain_loss_realization
            o.temporary_gain_loss_realization = u if v is None else v
            v = s.covered_exemption_method
            o.covered_exemption_method = u if v is None else v
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
