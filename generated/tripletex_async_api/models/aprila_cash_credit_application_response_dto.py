from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aprila_cash_credit_application_response_dto_status import AprilaCashCreditApplicationResponseDTOStatus
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

T = TypeVar("T", bound="AprilaCashCreditApplicationResponseDTO")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (("status", str, False),)


@_attrs_define(on_setattr=mark_assigned)
class AprilaCashCreditApplicationResponseDTO(LazyModel):
    """
    Attributes:
        sign_up_url (str | Unset): [read-only]
        status (AprilaCashCreditApplicationResponseDTOStatus | Unset): [read-only]
        status_reason (str | Unset): [read-only]
        active_product (bool | Unset): [read-only]
        submitted_application (bool | Unset): [read-only]
        max_credit_limit_amount (float | Unset): [read-only]
        max_credit_limit_currency (str | Unset): [read-only]
        annual_interest_rate (float | Unset): [read-only]
        monthly_interest_rate (float | Unset): [read-only]
        monthly_fee_amount (float | Unset): [read-only]
        monthly_fee_currency (str | Unset): [read-only]
    """

    sign_up_url: str | Unset = UNSET
    status: AprilaCashCreditApplicationResponseDTOStatus | Unset = UNSET
    status_reason: str | Unset = UNSET
    active_product: bool | Unset = UNSET
    submitted_application: bool | Unset = UNSET
    max_credit_limit_amount: float | Unset = UNSET
    max_credit_limit_currency: str | Unset = UNSET
    annual_interest_rate: float | Unset = UNSET
    monthly_interest_rate: float | Unset = UNSET
    monthly_fee_amount: float | Unset = UNSET
    monthly_fee_currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        sign_up_url = self.sign_up_url

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        status_reason = self.status_reason

        active_product = self.active_product

        submitted_application = self.submitted_application

        max_credit_limit_amount = self.max_credit_limit_amount

        max_credit_limit_currency = self.max_credit_limit_currency

        annual_interest_rate = self.annual_interest_rate

        monthly_interest_rate = self.monthly_interest_rate

        monthly_fee_amount = self.monthly_fee_amount

        monthly_fee_currency = self.monthly_fee_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sign_up_url is not UNSET and not _in_request:
            field_dict["signUpUrl"] = sign_up_url
        if status is not UNSET and not _in_request:
            field_dict["status"] = status
        if status_reason is not UNSET and not _in_request:
            field_dict["statusReason"] = status_reason
        if active_product is not UNSET and not _in_request:
            field_dict["activeProduct"] = active_product
        if submitted_application is not UNSET and not _in_request:
            field_dict["submittedApplication"] = submitted_application
        if max_credit_limit_amount is not UNSET and not _in_request:
            field_dict["maxCreditLimitAmount"] = max_credit_limit_amount
        if max_credit_limit_currency is not UNSET and not _in_request:
            field_dict["maxCreditLimitCurrency"] = max_credit_limit_currency
        if annual_interest_rate is not UNSET and not _in_request:
            field_dict["annualInterestRate"] = annual_interest_rate
        if monthly_interest_rate is not UNSET and not _in_request:
            field_dict["monthlyInterestRate"] = monthly_interest_rate
        if monthly_fee_amount is not UNSET and not _in_request:
            field_dict["monthlyFeeAmount"] = monthly_fee_amount
        if monthly_fee_currency is not UNSET and not _in_request:
            field_dict["monthlyFeeCurrency"] = monthly_fee_currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AprilaCashCreditApplicationResponseDTO from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        def _p_status(_tx_v: Any) -> AprilaCashCreditApplicationResponseDTOStatus | Unset:
            _status = _tx_v
            status: AprilaCashCreditApplicationResponseDTOStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = AprilaCashCreditApplicationResponseDTOStatus(_status)

            return status

        _tx_known: frozenset[str] = frozenset(
            (
                "signUpUrl",
                "status",
                "statusReason",
                "activeProduct",
                "submittedApplication",
                "maxCreditLimitAmount",
                "maxCreditLimitCurrency",
                "annualInterestRate",
                "monthlyInterestRate",
                "monthlyFeeAmount",
                "monthlyFeeCurrency",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "sign_up_url": ("signUpUrl", None),
            "status": ("status", _p_status),
            "status_reason": ("statusReason", None),
            "active_product": ("activeProduct", None),
            "submitted_application": ("submittedApplication", None),
            "max_credit_limit_amount": ("maxCreditLimitAmount", None),
            "max_credit_limit_currency": ("maxCreditLimitCurrency", None),
            "annual_interest_rate": ("annualInterestRate", None),
            "monthly_interest_rate": ("monthlyInterestRate", None),
            "monthly_fee_amount": ("monthlyFeeAmount", None),
            "monthly_fee_currency": ("monthlyFeeCurrency", None),
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
