from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vat_payment_status_status import VatPaymentStatusStatus
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
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.employee import Employee


T = TypeVar("T", bound="VatPaymentStatus")


@_attrs_define
class VatPaymentStatus(Model):
    """The payment status

    Attributes:
        status (VatPaymentStatusStatus | Unset): The payment status of the VAT
        total_amount (float | Unset): Total amount in NOK
        remaining_amount (float | Unset): Remaining amount in NOK
        employee (Employee | Unset):
        time (str | Unset): Date and time the delivery status was updated
    """

    status: VatPaymentStatusStatus | Unset = UNSET
    total_amount: float | Unset = UNSET
    remaining_amount: float | Unset = UNSET
    employee: Employee | Unset = UNSET
    time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.status
        if _v is not UNSET and not _in_request:
            field_dict["status"] = _v._value_
        _v = self.total_amount
        if _v is not UNSET and not _in_request:
            field_dict["totalAmount"] = _v
        _v = self.remaining_amount
        if _v is not UNSET and not _in_request:
            field_dict["remainingAmount"] = _v
        _v = self.employee
        if _v is not UNSET:
            field_dict["employee"] = _v.to_dict()
        _v = self.time
        if _v is not UNSET and not _in_request:
            field_dict["time"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A VatPaymentStatus from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``VatPaymentStatus.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.employee import Employee  # noqa: PLC0415

        _new = object.__new__
        _e_status: dict[Any, Any] = enum_members(VatPaymentStatusStatus)
        _known: frozenset[str] = frozenset(
            (
                "status",
                "totalAmount",
                "remainingAmount",
                "employee",
                "time",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "status"
                v = g("status")
                if v is None:
                    o.status = u
                    if "status" not in d:
                        m += 1
                else:
                    o.status = e_ if (e_ := _e_status.get(v)) is not None else enum_value(VatPaymentStatusStatus, v)
                v = g("totalAmount")
                if v is None:
                    o.total_amount = u
                    if "totalAmount" not in d:
                        m += 1
                else:
                    o.total_amount = v
                v = g("remainingAmount")
                if v is None:
                    o.remaining_amount = u
                    if "remainingAmount" not in d:
                        m += 1
                else:
                    o.remaining_amount = v
                k = "employee"
                v = g("employee")
                if v is None:
                    o.employee = u
                    if "employee" not in d:
                        m += 1
                else:
                    o.employee = Employee._tx_parse(v)
                v = g("time")
                if v is None:
                    o.time = u
                    if "time" not in d:
                        m += 1
                else:
                    o.time = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 5 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("status", "status"),
            ("total_amount", "totalAmount"),
            ("remaining_amount", "remainingAmount"),
            ("employee", "employee"),
            ("time", "time"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.status
            o.status = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_status.get(v)) is not None
                else enum_value(VatPaymentStatusStatus, v)
            )
            v = s.total_amount
            o.total_amount = u if v is None else v
            v = s.remaining_amount
            o.remaining_amount = u if v is None else v
            v = s.employee
            o.employee = u if v is None or v is u else Employee._tx_parse(v)
            v = s.time
            o.time = u if v is None else v
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
