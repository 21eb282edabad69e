from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

if TYPE_CHECKING:
    from ..models.department import Department
    from ..models.salary_taxcard_internal import SalaryTaxcardInternal


T = TypeVar("T", bound="TaxcardEmployeeInternal")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("taxcard", dict, False),
    ("department", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class TaxcardEmployeeInternal(LazyModel):
    """
    Attributes:
        taxcard (SalaryTaxcardInternal | Unset):
        department (Department | Unset): The department for this account. If multiple industries are activated, all
            postings on this account will be towards this department. If multiple industries are not activated, it is
            ignored.
        id (int | Unset):
        display_name (str | Unset):
        number (str | Unset):
    """

    taxcard: SalaryTaxcardInternal | Unset = UNSET
    department: Department | Unset = UNSET
    id: int | Unset = UNSET
    display_name: str | Unset = UNSET
    number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        taxcard: dict[str, Any] | Unset = UNSET
        if not isinstance(self.taxcard, Unset):
            taxcard = self.taxcard.to_dict()

        department: dict[str, Any] | Unset = UNSET
        if not isinstance(self.department, Unset):
            department = self.department.to_dict()

        id = self.id

        display_name = self.display_name

        number = self.number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if taxcard is not UNSET:
            field_dict["taxcard"] = taxcard
        if department is not UNSET:
            field_dict["department"] = department
        if id is not UNSET:
            field_dict["id"] = id
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if number is not UNSET:
            field_dict["number"] = number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TaxcardEmployeeInternal from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.department import Department  # noqa: PLC0415
        from ..models.salary_taxcard_internal import SalaryTaxcardInternal  # noqa: PLC0415

        def _p_taxcard(_tx_v: Any) -> SalaryTaxcardInternal | Unset:
            _taxcard = _tx_v
            taxcard: SalaryTaxcardInternal | Unset
            if isinstance(_taxcard, Unset):
                taxcard = UNSET
            else:
                taxcard = SalaryTaxcardInternal._tx_from_json(_taxcard)

            return taxcard

        def _p_department(_tx_v: Any) -> Department | Unset:
            _department = _tx_v
            department: Department | Unset
            if isinstance(_department, Unset):
                department = UNSET
            else:
                department = Department._tx_from_json(_department)

            return department

        _tx_known: frozenset[str] = frozenset(
            (
                "taxcard",
                "department",
                "id",
                "displayName",
                "number",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "taxcard": ("taxcard", _p_taxcard),
            "department": ("department", _p_department),
            "id": ("id", None),
            "display_name": ("displayName", None),
            "number": ("number", None),
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
