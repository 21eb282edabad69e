from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_type_automation_payment_integration import PaymentTypeAutomationPaymentIntegration
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

T = TypeVar("T", bound="PaymentTypeAutomation")


@_attrs_define
class PaymentTypeAutomation(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.payment_integration
        if _v is not UNSET:
            field_dict["paymentIntegration"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A PaymentTypeAutomation from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``PaymentTypeAutomation.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_payment_integration: dict[Any, Any] = enum_members(PaymentTypeAutomationPaymentIntegration)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "description",
                "paymentIntegration",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                k = "paymentIntegration"
                v = g("paymentIntegration")
                if v is None:
                    o.payment_integration = u
                    if "paymentIntegration" not in d:
                        m += 1
                else:
                    o.payment_integration = (
                        e_
                        if (e_ := _e_payment_integration.get(v)) is not None
                        else enum_value(PaymentTypeAutomationPaymentIntegration, v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 3 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("description", "description"),
            ("payment_integration", "paymentIntegration"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.payment_integration
            o.payment_integration = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_payment_integration.get(v)) is not None
                else enum_value(PaymentTypeAutomationPaymentIntegration, v)
            )
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
