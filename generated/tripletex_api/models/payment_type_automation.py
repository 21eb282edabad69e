from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_type_automation_payment_integration import PaymentTypeAutomationPaymentIntegration
from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="PaymentTypeAutomation")


@_attrs_define
class PaymentTypeAutomation:
    """
    Attributes:
        id (int | Unset): Id corresponding to a Dropdown Type used in the Payment Widget's dropdown elements
        description (str | Unset): Value of a Dropdown Type used in the Payment Widget's dropdown elements
        payment_integration (PaymentTypeAutomationPaymentIntegration | Unset): The Payment Type (NETS, AUTOPAY,
            POSTING_RULE)
    """

    id: int | Unset = UNSET
    description: str | Unset = UNSET
    payment_integration: PaymentTypeAutomationPaymentIntegration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        id = self.id

        description = self.description

        payment_integration: str | Unset = UNSET
        if not isinstance(self.payment_integration, Unset):
            payment_integration = self.payment_integration.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if payment_integration is not UNSET:
            field_dict["paymentIntegration"] = payment_integration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        description = d.pop("description", UNSET)

        _payment_integration = d.pop("paymentIntegration", UNSET)
        payment_integration: PaymentTypeAutomationPaymentIntegration | Unset
        if isinstance(_payment_integration, Unset):
            payment_integration = UNSET
        else:
            payment_integration = PaymentTypeAutomationPaymentIntegration(_payment_integration)

        _obj = cls(
            id=id,
            description=description,
            payment_integration=payment_integration,
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
