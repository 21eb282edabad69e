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
)

if TYPE_CHECKING:
    from ..models.opening_balance_balance_posting import OpeningBalanceBalancePosting
    from ..models.opening_balance_customer_posting import OpeningBalanceCustomerPosting
    from ..models.opening_balance_employee_posting import OpeningBalanceEmployeePosting
    from ..models.opening_balance_supplier_posting import OpeningBalanceSupplierPosting


T = TypeVar("T", bound="OpeningBalance")


@_attrs_define
class OpeningBalance(Model):
    """
    Attributes:
        voucher_date (str | Unset): The date for the opening balance
        balance_postings (list[OpeningBalanceBalancePosting] | Unset): Balance postings
        customer_postings (list[OpeningBalanceCustomerPosting] | Unset): Postings in the customer sub ledger
        supplier_postings (list[OpeningBalanceSupplierPosting] | Unset): Postings in the supplier sub ledger
        employee_postings (list[OpeningBalanceEmployeePosting] | Unset): Postings in the employee sub ledger
    """

    voucher_date: str | Unset = UNSET
    balance_postings: list[OpeningBalanceBalancePosting] | Unset = UNSET
    customer_postings: list[OpeningBalanceCustomerPosting] | Unset = UNSET
    supplier_postings: list[OpeningBalanceSupplierPosting] | Unset = UNSET
    employee_postings: list[OpeningBalanceEmployeePosting] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.voucher_date
        if _v is not UNSET:
            field_dict["voucherDate"] = _v
        _v = self.balance_postings
        if _v is not UNSET:
            field_dict["balancePostings"] = [_e.to_dict() for _e in _v]
        _v = self.customer_postings
        if _v is not UNSET:
            field_dict["customerPostings"] = [_e.to_dict() for _e in _v]
        _v = self.supplier_postings
        if _v is not UNSET:
            field_dict["supplierPostings"] = [_e.to_dict() for _e in _v]
        _v = self.employee_postings
        if _v is not UNSET:
            field_dict["employeePostings"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A OpeningBalance from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``OpeningBalance.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.opening_balance_balance_posting import OpeningBalanceBalancePosting  # noqa: PLC0415
        from ..models.opening_balance_customer_posting import OpeningBalanceCustomerPosting  # noqa: PLC0415
        from ..models.opening_balance_employee_posting import OpeningBalanceEmployeePosting  # noqa: PLC0415
        from ..models.opening_balance_supplier_posting import OpeningBalanceSupplierPosting  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "voucherDate",
                "balancePostings",
                "customerPostings",
                "supplierPostings",
                "employeePostings",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("voucherDate")
                if v is None:
                    o.voucher_date = u
                    if "voucherDate" not in d:
                        m += 1
                else:
                    o.voucher_date = v
                k = "balancePostings"
                v = g("balancePostings")
                if v is None:
                    o.balance_postings = u
                    if "balancePostings" not in d:
                        m += 1
                else:
                    o.balance_postings = (
                        ([OpeningBalanceBalancePosting._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "customerPostings"
                v = g("customerPostings")
                if v is None:
                    o.customer_postings = u
                    if "customerPostings" not in d:
                        m += 1
                else:
                    o.customer_postings = (
                        ([OpeningBalanceCustomerPosting._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "supplierPostings"
                v = g("supplierPostings")
                if v is None:
                    o.supplier_postings = u
                    if "supplierPostings" not in d:
                        m += 1
                else:
                    o.supplier_postings = (
                        ([OpeningBalanceSupplierPosting._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "employeePostings"
                v = g("employeePostings")
                if v is None:
                    o.employee_postings = u
                    if "employeePostings" not in d:
                        m += 1
                else:
                    o.employee_postings = (
                        ([OpeningBalanceEmployeePosting._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
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
            ("voucher_date", "voucherDate"),
            ("balance_postings", "balancePostings"),
            ("customer_postings", "customerPostings"),
            ("supplier_postings", "supplierPostings"),
            ("employee_postings", "employeePostings"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.voucher_date
            o.voucher_date = u if v is None else v
            v = s.balance_postings
            o.balance_postings = (
                u
                if v is None or v is u
                else ([OpeningBalanceBalancePosting._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.customer_postings
            o.customer_postings = (
                u
                if v is None or v is u
                else ([OpeningBalanceCustomerPosting._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.supplier_postings
            o.supplier_postings = (
                u
                if v is None or v is u
                else ([OpeningBalanceSupplierPosting._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.employee_postings
            o.employee_postings = (
                u
                if v is None or v is u
                else ([OpeningBalanceEmployeePosting._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
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
