from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

T = TypeVar("T", bound="IncomingInvoiceProject")


@_attrs_define
class IncomingInvoiceProject:
    """
    Attributes:
        id (int | Unset): [read-only]
        display_name (str | Unset): [read-only]
        department_id (int | Unset): [read-only]
        vat_type_id (int | Unset): [read-only]
        fixed_price (bool | Unset): [read-only]
        internal_project (bool | Unset): [read-only]
        closed (bool | Unset): [read-only]
        currency_id (int | Unset): [read-only]
        markup (float | Unset): [read-only]
        discount (float | Unset): [read-only]
        use_product_net_price (bool | Unset): [read-only]
    """

    id: int | Unset = UNSET
    display_name: str | Unset = UNSET
    department_id: int | Unset = UNSET
    vat_type_id: int | Unset = UNSET
    fixed_price: bool | Unset = UNSET
    internal_project: bool | Unset = UNSET
    closed: bool | Unset = UNSET
    currency_id: int | Unset = UNSET
    markup: float | Unset = UNSET
    discount: float | Unset = UNSET
    use_product_net_price: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        id = self.id

        display_name = self.display_name

        department_id = self.department_id

        vat_type_id = self.vat_type_id

        fixed_price = self.fixed_price

        internal_project = self.internal_project

        closed = self.closed

        currency_id = self.currency_id

        markup = self.markup

        discount = self.discount

        use_product_net_price = self.use_product_net_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET and not _in_request:
            field_dict["id"] = id
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if department_id is not UNSET and not _in_request:
            field_dict["departmentId"] = department_id
        if vat_type_id is not UNSET and not _in_request:
            field_dict["vatTypeId"] = vat_type_id
        if fixed_price is not UNSET and not _in_request:
            field_dict["fixedPrice"] = fixed_price
        if internal_project is not UNSET and not _in_request:
            field_dict["internalProject"] = internal_project
        if closed is not UNSET and not _in_request:
            field_dict["closed"] = closed
        if currency_id is not UNSET and not _in_request:
            field_dict["currencyId"] = currency_id
        if markup is not UNSET and not _in_request:
            field_dict["markup"] = markup
        if discount is not UNSET and not _in_request:
            field_dict["discount"] = discount
        if use_product_net_price is not UNSET and not _in_request:
            field_dict["useProductNetPrice"] = use_product_net_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        display_name = d.pop("displayName", UNSET)

        department_id = d.pop("departmentId", UNSET)

        vat_type_id = d.pop("vatTypeId", UNSET)

        fixed_price = d.pop("fixedPrice", UNSET)

        internal_project = d.pop("internalProject", UNSET)

        closed = d.pop("closed", UNSET)

        currency_id = d.pop("currencyId", UNSET)

        markup = d.pop("markup", UNSET)

        discount = d.pop("discount", UNSET)

        use_product_net_price = d.pop("useProductNetPrice", UNSET)

        _obj = cls(
            id=id,
            display_name=display_name,
            department_id=department_id,
            vat_type_id=vat_type_id,
            fixed_price=fixed_price,
            internal_project=internal_project,
            closed=closed,
            currency_id=currency_id,
            markup=markup,
            discount=discount,
            use_product_net_price=use_product_net_price,
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
