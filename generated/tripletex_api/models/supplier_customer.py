from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.change import Change


T = TypeVar("T", bound="SupplierCustomer")


@_attrs_define
class SupplierCustomer:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        display_name (str | Unset):
        organization_number (str | Unset):
        customer_type (int | Unset):
        is_inactive (bool | Unset):
        is_private_individual (bool | Unset):
        phone_number_mobile (str | Unset):
        postal_address (Address | Unset): Address tied to the employee
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    display_name: str | Unset = UNSET
    organization_number: str | Unset = UNSET
    customer_type: int | Unset = UNSET
    is_inactive: bool | Unset = UNSET
    is_private_individual: bool | Unset = UNSET
    phone_number_mobile: str | Unset = UNSET
    postal_address: Address | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        id = self.id

        version = self.version

        changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = []
            for changes_item_data in self.changes:
                changes_item = changes_item_data.to_dict()
                changes.append(changes_item)

        url = self.url

        display_name = self.display_name

        organization_number = self.organization_number

        customer_type = self.customer_type

        is_inactive = self.is_inactive

        is_private_individual = self.is_private_individual

        phone_number_mobile = self.phone_number_mobile

        postal_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.postal_address, Unset):
            postal_address = self.postal_address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version is not UNSET:
            field_dict["version"] = version
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes
        if url is not UNSET and not _in_request:
            field_dict["url"] = url
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if organization_number is not UNSET:
            field_dict["organizationNumber"] = organization_number
        if customer_type is not UNSET:
            field_dict["customerType"] = customer_type
        if is_inactive is not UNSET:
            field_dict["isInactive"] = is_inactive
        if is_private_individual is not UNSET:
            field_dict["isPrivateIndividual"] = is_private_individual
        if phone_number_mobile is not UNSET:
            field_dict["phoneNumberMobile"] = phone_number_mobile
        if postal_address is not UNSET:
            field_dict["postalAddress"] = postal_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        version = d.pop("version", UNSET)

        _changes = d.pop("changes", UNSET)
        changes: list[Change] | Unset = UNSET
        if _changes is not UNSET:
            changes = []
            for changes_item_data in _changes:
                if changes_item_data is None:
                    continue
                changes_item = Change.from_dict(changes_item_data)

                changes.append(changes_item)

        url = d.pop("url", UNSET)

        display_name = d.pop("displayName", UNSET)

        organization_number = d.pop("organizationNumber", UNSET)

        customer_type = d.pop("customerType", UNSET)

        is_inactive = d.pop("isInactive", UNSET)

        is_private_individual = d.pop("isPrivateIndividual", UNSET)

        phone_number_mobile = d.pop("phoneNumberMobile", UNSET)

        _postal_address = d.pop("postalAddress", UNSET)
        postal_address: Address | Unset
        if isinstance(_postal_address, Unset):
            postal_address = UNSET
        else:
            postal_address = Address.from_dict(_postal_address)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            display_name=display_name,
            organization_number=organization_number,
            customer_type=customer_type,
            is_inactive=is_inactive,
            is_private_individual=is_private_individual,
            phone_number_mobile=phone_number_mobile,
            postal_address=postal_address,
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
