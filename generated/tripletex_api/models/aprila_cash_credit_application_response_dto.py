from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aprila_cash_credit_application_response_dto_status import AprilaCashCreditApplicationResponseDTOStatus
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="AprilaCashCreditApplicationResponseDTO")


@_attrs_define
class AprilaCashCreditApplicationResponseDTO:
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
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        sign_up_url = d.pop("signUpUrl", UNSET)

        _status = d.pop("status", UNSET)
        status: AprilaCashCreditApplicationResponseDTOStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AprilaCashCreditApplicationResponseDTOStatus(_status)

        status_reason = d.pop("statusReason", UNSET)

        active_product = d.pop("activeProduct", UNSET)

        submitted_application = d.pop("submittedApplication", UNSET)

        max_credit_limit_amount = d.pop("maxCreditLimitAmount", UNSET)

        max_credit_limit_currency = d.pop("maxCreditLimitCurrency", UNSET)

        annual_interest_rate = d.pop("annualInterestRate", UNSET)

        monthly_interest_rate = d.pop("monthlyInterestRate", UNSET)

        monthly_fee_amount = d.pop("monthlyFeeAmount", UNSET)

        monthly_fee_currency = d.pop("monthlyFeeCurrency", UNSET)

        _obj = cls(
            sign_up_url=sign_up_url,
            status=status,
            status_reason=status_reason,
            active_product=active_product,
            submitted_application=submitted_application,
            max_credit_limit_amount=max_credit_limit_amount,
            max_credit_limit_currency=max_credit_limit_currency,
            annual_interest_rate=annual_interest_rate,
            monthly_interest_rate=monthly_interest_rate,
            monthly_fee_amount=monthly_fee_amount,
            monthly_fee_currency=monthly_fee_currency,
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
