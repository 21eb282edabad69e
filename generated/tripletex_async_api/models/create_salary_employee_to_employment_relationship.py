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
    from ..models.create_salary_employee import CreateSalaryEmployee
    from ..models.employment import Employment
    from ..models.previous_salary_aggregates import PreviousSalaryAggregates
    from ..models.salary_v2_payment_validation_result import SalaryV2PaymentValidationResult


T = TypeVar("T", bound="CreateSalaryEmployeeToEmploymentRelationship")


@_attrs_define
class CreateSalaryEmployeeToEmploymentRelationship(Model):
    """
    Attributes:
        employee (CreateSalaryEmployee | Unset): Employee
        employments (list[Employment] | Unset): Employments
        validation_results (list[SalaryV2PaymentValidationResult] | Unset): ValidationResults
        previous_salaries (list[PreviousSalaryAggregates] | Unset): Previous Salaries
    """

    employee: CreateSalaryEmployee | Unset = UNSET
    employments: list[Employment] | Unset = UNSET
    validation_results: list[SalaryV2PaymentValidationResult] | Unset = UNSET
    previous_salaries: list[PreviousSalaryAggregates] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.employee
        if _v is not UNSET:
            field_dict["employee"] = _v.to_dict()
        _v = self.employments
        if _v is not UNSET and not _in_request:
            field_dict["employments"] = [_e.to_dict() for _e in _v]
        _v = self.validation_results
        if _v is not UNSET and not _in_request:
            field_dict["validationResults"] = [_e.to_dict() for _e in _v]
        _v = self.previous_salaries
        if _v is not UNSET and not _in_request:
            field_dict["previousSalaries"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A CreateSalaryEmployeeToEmploymentRelationship from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``CreateSalaryEmployeeToEmploymentRelationship.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.create_salary_employee import CreateSalaryEmployee  # noqa: PLC0415
        from ..models.employment import Employment  # noqa: PLC0415
        from ..models.previous_salary_aggregates import PreviousSalaryAggregates  # noqa: PLC0415
        from ..models.salary_v2_payment_validation_result import SalaryV2PaymentValidationResult  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "employee",
                "employments",
                "validationResults",
                "previousSalaries",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "employee"
                v = g("employee")
                if v is None:
                    o.employee = u
                    if "employee" not in d:
                        m += 1
                else:
                    o.employee = CreateSalaryEmployee._tx_parse(v)
                k = "employments"
                v = g("employments")
                if v is None:
                    o.employments = u
                    if "employments" not in d:
                        m += 1
                else:
                    o.employments = (
                        ([Employment._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "validationResults"
                v = g("validationResults")
                if v is None:
                    o.validation_results = u
                    if "validationResults" not in d:
                        m += 1
                else:
                    o.validation_results = (
                        ([SalaryV2PaymentValidationResult._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "previousSalaries"
                v = g("previousSalaries")
                if v is None:
                    o.previous_salaries = u
                    if "previousSalaries" not in d:
                        m += 1
                else:
                    o.previous_salaries = (
                        ([PreviousSalaryAggregates._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
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
            ("employee", "employee"),
            ("employments", "employments"),
            ("validation_results", "validationResults"),
            ("previous_salaries", "previousSalaries"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.employee
            o.employee = u if v is None or v is u else CreateSalaryEmployee._tx_parse(v)
            v = s.employments
            o.employments = (
                u
                if v is None or v is u
                else ([Employment._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.validation_results
            o.validation_results = (
                u
                if v is None or v is u
                else ([SalaryV2PaymentValidationResult._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.previous_salaries
            o.previous_salaries = (
                u
                if v is None or v is u
                else ([PreviousSalaryAggregates._tx_parse(e) for e in v if e is not None] if v else [])
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
