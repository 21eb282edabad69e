from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.department import Department
    from ..models.salary_taxcard_internal import SalaryTaxcardInternal


T = TypeVar("T", bound="TaxcardEmployeeInternal")


@_attrs_define
class TaxcardEmployeeInternal:
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
        from ..models.department import Department  # noqa: PLC0415
        from ..models.salary_taxcard_internal import SalaryTaxcardInternal  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _taxcard = d.pop("taxcard", UNSET)
        taxcard: SalaryTaxcardInternal | Unset
        if isinstance(_taxcard, Unset):
            taxcard = UNSET
        else:
            taxcard = SalaryTaxcardInternal.from_dict(_taxcard)

        _department = d.pop("department", UNSET)
        department: Department | Unset
        if isinstance(_department, Unset):
            department = UNSET
        else:
            department = Department.from_dict(_department)

        id = d.pop("id", UNSET)

        display_name = d.pop("displayName", UNSET)

        number = d.pop("number", UNSET)

        _obj = cls(
            taxcard=taxcard,
            department=department,
            id=id,
            display_name=display_name,
            number=number,
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
