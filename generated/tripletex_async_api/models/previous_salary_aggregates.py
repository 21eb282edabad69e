from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="PreviousSalaryAggregates")


@_attrs_define
class PreviousSalaryAggregates(Model):
    """Previous Salaries

    Attributes:
        salary_transaction_id (int | Unset):
        wage_payment_id_of_employee (int | Unset):
        display_name (str | Unset):
        is_accessible_to_logged_in_user (bool | Unset):
    """

    salary_transaction_id: int | Unset = UNSET
    wage_payment_id_of_employee: int | Unset = UNSET
    display_name: str | Unset = UNSET
    is_accessible_to_logged_in_user: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.salary_transaction_id
        if _v is not UNSET and not _in_request:
            field_dict["salaryTransactionId"] = _v
        _v = self.wage_payment_id_of_employee
        if _v is not UNSET and not _in_request:
            field_dict["wagePaymentIdOfEmployee"] = _v
        _v = self.display_name
        if _v is not UNSET and not _in_request:
            field_dict["displayName"] = _v
        _v = self.is_accessible_to_logged_in_user
        if _v is not UNSET and not _in_request:
            field_dict["isAccessibleToLoggedInUser"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A PreviousSalaryAggregates from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``PreviousSalaryAggregates.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "salaryTransactionId",
                "wagePaymentIdOfEmployee",
                "displayName",
                "isAccessibleToLoggedInUser",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("salaryTransactionId")
                if v is None:
                    o.salary_transaction_id = u
                    if "salaryTransactionId" not in d:
                        m += 1
                else:
                    o.salary_transaction_id = v
                v = g("wagePaymentIdOfEmployee")
                if v is None:
                    o.wage_payment_id_of_employee = u
                    if "wagePaymentIdOfEmployee" not in d:
                        m += 1
                else:
                    o.wage_payment_id_of_employee = v
                v = g("displayName")
                if v is None:
                    o.display_name = u
                    if "displayName" not in d:
                        m += 1
                else:
                    o.display_name = v
                v = g("isAccessibleToLoggedInUser")
                if v is None:
                    o.is_accessible_to_logged_in_user = u
                    if "isAccessibleToLoggedInUser" not in d:
                        m += 1
                else:
                    o.is_accessible_to_logged_in_user = v
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
            ("salary_transaction_id", "salaryTransactionId"),
            ("wage_payment_id_of_employee", "wagePaymentIdOfEmployee"),
            ("display_name", "displayName"),
            ("is_accessible_to_logged_in_user", "isAccessibleToLoggedInUser"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.salary_transaction_id
            o.salary_transaction_id = u if v is None else v
            v = s.wage_payment_id_of_employee
            o.wage_payment_id_of_employee = u if v is None else v
            v = s.display_name
            o.display_name = u if v is None else v
            v = s.is_accessible_to_logged_in_user
            o.is_accessible_to_logged_in_user = u if v is None else v
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
