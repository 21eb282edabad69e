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
    from ..models.salary_v2_overview_data_wage_code_column import SalaryV2OverviewDataWageCodeColumn


T = TypeVar("T", bound="SalaryV2OverviewDataWageCodeRow")


@_attrs_define
class SalaryV2OverviewDataWageCodeRow(Model):
    """
    Attributes:
        salary_type_id (int | Unset):
        display_name (str | Unset):
        total_count (float | Unset):
        total_amount (float | Unset):
        is_payroll_taxable (bool | Unset):
        columns (list[SalaryV2OverviewDataWageCodeColumn] | Unset):
    """

    salary_type_id: int | Unset = UNSET
    display_name: str | Unset = UNSET
    total_count: float | Unset = UNSET
    total_amount: float | Unset = UNSET
    is_payroll_taxable: bool | Unset = UNSET
    columns: list[SalaryV2OverviewDataWageCodeColumn] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.salary_type_id
        if _v is not UNSET and not _in_request:
            field_dict["salaryTypeId"] = _v
        _v = self.display_name
        if _v is not UNSET and not _in_request:
            field_dict["displayName"] = _v
        _v = self.total_count
        if _v is not UNSET and not _in_request:
            field_dict["totalCount"] = _v
        _v = self.total_amount
        if _v is not UNSET and not _in_request:
            field_dict["totalAmount"] = _v
        _v = self.is_payroll_taxable
        if _v is not UNSET and not _in_request:
            field_dict["isPayrollTaxable"] = _v
        _v = self.columns
        if _v is not UNSET and not _in_request:
            field_dict["columns"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalaryV2OverviewDataWageCodeRow from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``SalaryV2OverviewDataWageCodeRow.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.salary_v2_overview_data_wage_code_column import SalaryV2OverviewDataWageCodeColumn  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "salaryTypeId",
                "displayName",
                "totalCount",
                "totalAmount",
                "isPayrollTaxable",
                "columns",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("salaryTypeId")
                if v is None:
                    o.salary_type_id = u
                    if "salaryTypeId" not in d:
                        m += 1
                else:
                    o.salary_type_id = v
                v = g("displayName")
                if v is None:
                    o.display_name = u
                    if "displayName" not in d:
                        m += 1
                else:
                    o.display_name = v
                v = g("totalCount")
                if v is None:
                    o.total_count = u
                    if "totalCount" not in d:
                        m += 1
                else:
                    o.total_count = v
                v = g("totalAmount")
                if v is None:
                    o.total_amount = u
                    if "totalAmount" not in d:
                        m += 1
                else:
                    o.total_amount = v
                v = g("isPayrollTaxable")
                if v is None:
                    o.is_payroll_taxable = u
                    if "isPayrollTaxable" not in d:
                        m += 1
                else:
                    o.is_payroll_taxable = v
                k = "columns"
                v = g("columns")
                if v is None:
                    o.columns = u
                    if "columns" not in d:
                        m += 1
                else:
                    o.columns = (
                        ([SalaryV2OverviewDataWageCodeColumn._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 6 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("salary_type_id", "salaryTypeId"),
            ("display_name", "displayName"),
            ("total_count", "totalCount"),
            ("total_amount", "totalAmount"),
            ("is_payroll_taxable", "isPayrollTaxable"),
            ("columns", "columns"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.salary_type_id
            o.salary_type_id = u if v is None else v
            v = s.display_name
            o.display_name = u if v is None else v
            v = s.total_count
            o.total_count = u if v is None else v
            v = s.total_amount
            o.total_amount = u if v is None else v
            v = s.is_payroll_taxable
            o.is_payroll_taxable = u if v is None else v
            v = s.columns
            o.columns = (
                u
                if v is None or v is u
                else ([SalaryV2OverviewDataWageCodeColumn._tx_parse(e) for e in v if e is not None] if v else [])
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
