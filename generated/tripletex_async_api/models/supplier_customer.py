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
    from ..models.address import Address
    from ..models.change import Change


T = TypeVar("T", bound="SupplierCustomer")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("postalAddress", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class SupplierCustomer(LazyModel):
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
        self._tx_load()
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
        """A SupplierCustomer from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415

        def _p_changes(_tx_v: Any) -> list[Change] | Unset:
            _changes = _tx_v
            changes: list[Change] | Unset = UNSET
            if _changes is not UNSET:
                changes = []
                for changes_item_data in _changes:
                    if changes_item_data is None:
                        continue
                    changes_item = Change._tx_from_json(changes_item_data)

                    changes.append(changes_item)

            return changes

        def _p_postal_address(_tx_v: Any) -> Address | Unset:
            _postal_address = _tx_v
            postal_address: Address | Unset
            if isinstance(_postal_address, Unset):
                postal_address = UNSET
            else:
                postal_address = Address._tx_from_json(_postal_address)

            return postal_address

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "displayName",
                "organizationNumber",
                "customerType",
                "isInactive",
                "isPrivateIndividual",
                "phoneNumberMobile",
                "postalAddress",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "display_name": ("displayName", None),
            "organization_number": ("organizationNumber", None),
            "customer_type": ("customerType", None),
            "is_inactive": ("isInactive", None),
            "is_private_individual": ("isPrivateIndividual", None),
            "phone_number_mobile": ("phoneNumberMobile", None),
            "postal_address": ("postalAddress", _p_postal_address),
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
