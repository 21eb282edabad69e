from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.annual_accounts_submission_result_failure_category import AnnualAccountsSubmissionResultFailureCategory
from ..models.annual_accounts_submission_result_failure_step import AnnualAccountsSubmissionResultFailureStep
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
    from ..models.altinn_2_reception_receipt import Altinn2ReceptionReceipt


T = TypeVar("T", bound="AnnualAccountsSubmissionResult")


@_attrs_define
class AnnualAccountsSubmissionResult(Model):
    """
    Attributes:
        failure_step (AnnualAccountsSubmissionResultFailureStep | Unset):
        failure_category (AnnualAccountsSubmissionResultFailureCategory | Unset):
        failure_main_message (str | Unset):
        reception_receipt (Altinn2ReceptionReceipt | Unset):
    """

    failure_step: AnnualAccountsSubmissionResultFailureStep | Unset = UNSET
    failure_category: AnnualAccountsSubmissionResultFailureCategory | Unset = UNSET
    failure_main_message: str | Unset = UNSET
    reception_receipt: Altinn2ReceptionReceipt | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.failure_step
        if _v is not UNSET:
            field_dict["failureStep"] = _v._value_
        _v = self.failure_category
        if _v is not UNSET:
            field_dict["failureCategory"] = _v._value_
        _v = self.failure_main_message
        if _v is not UNSET:
            field_dict["failureMainMessage"] = _v
        _v = self.reception_receipt
        if _v is not UNSET:
            field_dict["receptionReceipt"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AnnualAccountsSubmissionResult from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AnnualAccountsSubmissionResult.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.altinn_2_reception_receipt import Altinn2ReceptionReceipt  # noqa: PLC0415

        _new = object.__new__
        _e_failure_step: dict[Any, Any] = enum_members(AnnualAccountsSubmissionResultFailureStep)
        _e_failure_category: dict[Any, Any] = enum_members(AnnualAccountsSubmissionResultFailureCategory)
        _known: frozenset[str] = frozenset(
            (
                "failureStep",
                "failureCategory",
                "failureMainMessage",
                "receptionReceipt",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "failureStep"
                v = g("failureStep")
                if v is None:
                    o.failure_step = u
                    if "failureStep" not in d:
                        m += 1
                else:
                    o.failure_step = (
                        e_
                        if (e_ := _e_failure_step.get(v)) is not None
                        else enum_value(AnnualAccountsSubmissionResultFailureStep, v)
                    )
                k = "failureCategory"
                v = g("failureCategory")
                if v is None:
                    o.failure_category = u
                    if "failureCategory" not in d:
                        m += 1
                else:
                    o.failure_category = (
                        e_
                        if (e_ := _e_failure_category.get(v)) is not None
                        else enum_value(AnnualAccountsSubmissionResultFailureCategory, v)
                    )
                v = g("failureMainMessage")
                if v is None:
                    o.failure_main_message = u
                    if "failureMainMessage" not in d:
                        m += 1
                else:
                    o.failure_main_message = v
                k = "receptionReceipt"
                v = g("receptionReceipt")
                if v is None:
                    o.reception_receipt = u
                    if "receptionReceipt" not in d:
                        m += 1
                else:
                    o.reception_receipt = Altinn2ReceptionReceipt._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 4 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("failure_step", "failureStep"),
            ("failure_category", "failureCategory"),
            ("failure_main_message", "failureMainMessage"),
            ("reception_receipt", "receptionReceipt"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.failure_step
            o.failure_step = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_failure_step.get(v)) is not None
                else enum_value(AnnualAccountsSubmissionResultFailureStep, v)
            )
            v = s.failure_category
            o.failure_category = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_failure_category.get(v)) is not None
                else enum_value(AnnualAccountsSubmissionResultFailureCategory, v)
            )
            v = s.failure_main_message
            o.failure_main_message = u if v is None else v
            v = s.reception_receipt
            o.reception_receipt = u if v is None or v is u else Altinn2ReceptionReceipt._tx_parse(v)
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
