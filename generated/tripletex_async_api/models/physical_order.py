from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.physical_order_incoterms import PhysicalOrderIncoterms
from ..models.physical_order_transport_method import PhysicalOrderTransportMethod
from ..models.physical_order_volume_unit import PhysicalOrderVolumeUnit
from ..models.physical_order_weight_unit import PhysicalOrderWeightUnit
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
    from ..models.change import Change
    from ..models.contact import Contact
    from ..models.order import Order


T = TypeVar("T", bound="PhysicalOrder")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("order", dict, False),
    ("weightUnit", str, False),
    ("volumeUnit", str, False),
    ("transportMethod", str, False),
    ("deliveryContact", dict, False),
    ("incoterms", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class PhysicalOrder(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        order (Order | Unset): Related orders. Only one order per invoice is supported at the moment.
        total_weight (float | Unset): Total weight for order
        manually_overridden_weight (bool | Unset):
        weight_unit (PhysicalOrderWeightUnit | Unset):
        total_volume (float | Unset): Total volume for order
        manually_overridden_volume (bool | Unset):
        length_cm (float | Unset): Length of package
        width_cm (float | Unset): Width of package
        height_cm (float | Unset): height of package
        volume_unit (PhysicalOrderVolumeUnit | Unset):
        transport_method (PhysicalOrderTransportMethod | Unset):
        transport_label_link (str | Unset):
        tracking_number (str | Unset):
        tracking_number_link (str | Unset):
        delivery_contact (Contact | Unset): If the contact is not an employee
        incoterms (PhysicalOrderIncoterms | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    order: Order | Unset = UNSET
    total_weight: float | Unset = UNSET
    manually_overridden_weight: bool | Unset = UNSET
    weight_unit: PhysicalOrderWeightUnit | Unset = UNSET
    total_volume: float | Unset = UNSET
    manually_overridden_volume: bool | Unset = UNSET
    length_cm: float | Unset = UNSET
    width_cm: float | Unset = UNSET
    height_cm: float | Unset = UNSET
    volume_unit: PhysicalOrderVolumeUnit | Unset = UNSET
    transport_method: PhysicalOrderTransportMethod | Unset = UNSET
    transport_label_link: str | Unset = UNSET
    tracking_number: str | Unset = UNSET
    tracking_number_link: str | Unset = UNSET
    delivery_contact: Contact | Unset = UNSET
    incoterms: PhysicalOrderIncoterms | Unset = UNSET
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

        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()

        total_weight = self.total_weight

        manually_overridden_weight = self.manually_overridden_weight

        weight_unit: str | Unset = UNSET
        if not isinstance(self.weight_unit, Unset):
            weight_unit = self.weight_unit.value

        total_volume = self.total_volume

        manually_overridden_volume = self.manually_overridden_volume

        length_cm = self.length_cm

        width_cm = self.width_cm

        height_cm = self.height_cm

        volume_unit: str | Unset = UNSET
        if not isinstance(self.volume_unit, Unset):
            volume_unit = self.volume_unit.value

        transport_method: str | Unset = UNSET
        if not isinstance(self.transport_method, Unset):
            transport_method = self.transport_method.value

        transport_label_link = self.transport_label_link

        tracking_number = self.tracking_number

        tracking_number_link = self.tracking_number_link

        delivery_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_contact, Unset):
            delivery_contact = self.delivery_contact.to_dict()

        incoterms: str | Unset = UNSET
        if not isinstance(self.incoterms, Unset):
            incoterms = self.incoterms.value

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
        if order is not UNSET:
            field_dict["order"] = order
        if total_weight is not UNSET:
            field_dict["totalWeight"] = total_weight
        if manually_overridden_weight is not UNSET:
            field_dict["manuallyOverriddenWeight"] = manually_overridden_weight
        if weight_unit is not UNSET:
            field_dict["weightUnit"] = weight_unit
        if total_volume is not UNSET:
            field_dict["totalVolume"] = total_volume
        if manually_overridden_volume is not UNSET:
            field_dict["manuallyOverriddenVolume"] = manually_overridden_volume
        if length_cm is not UNSET:
            field_dict["lengthCm"] = length_cm
        if width_cm is not UNSET:
            field_dict["widthCm"] = width_cm
        if height_cm is not UNSET:
            field_dict["heightCm"] = height_cm
        if volume_unit is not UNSET:
            field_dict["volumeUnit"] = volume_unit
        if transport_method is not UNSET:
            field_dict["transportMethod"] = transport_method
        if transport_label_link is not UNSET:
            field_dict["transportLabelLink"] = transport_label_link
        if tracking_number is not UNSET:
            field_dict["trackingNumber"] = tracking_number
        if tracking_number_link is not UNSET:
            field_dict["trackingNumberLink"] = tracking_number_link
        if delivery_contact is not UNSET:
            field_dict["deliveryContact"] = delivery_contact
        if incoterms is not UNSET:
            field_dict["incoterms"] = incoterms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A PhysicalOrder from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.contact import Contact  # noqa: PLC0415
        from ..models.order import Order  # noqa: PLC0415

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

        def _p_order(_tx_v: Any) -> Order | Unset:
            _order = _tx_v
            order: Order | Unset
            if isinstance(_order, Unset):
                order = UNSET
            else:
                order = Order._tx_from_json(_order)

            return order

        def _p_weight_unit(_tx_v: Any) -> PhysicalOrderWeightUnit | Unset:
            _weight_unit = _tx_v
            weight_unit: PhysicalOrderWeightUnit | Unset
            if isinstance(_weight_unit, Unset):
                weight_unit = UNSET
            else:
                weight_unit = PhysicalOrderWeightUnit(_weight_unit)

            return weight_unit

        def _p_volume_unit(_tx_v: Any) -> PhysicalOrderVolumeUnit | Unset:
            _volume_unit = _tx_v
            volume_unit: PhysicalOrderVolumeUnit | Unset
            if isinstance(_volume_unit, Unset):
                volume_unit = UNSET
            else:
                volume_unit = PhysicalOrderVolumeUnit(_volume_unit)

            return volume_unit

        def _p_transport_method(_tx_v: Any) -> PhysicalOrderTransportMethod | Unset:
            _transport_method = _tx_v
            transport_method: PhysicalOrderTransportMethod | Unset
            if isinstance(_transport_method, Unset):
                transport_method = UNSET
            else:
                transport_method = PhysicalOrderTransportMethod(_transport_method)

            return transport_method

        def _p_delivery_contact(_tx_v: Any) -> Contact | Unset:
            _delivery_contact = _tx_v
            delivery_contact: Contact | Unset
            if isinstance(_delivery_contact, Unset):
                delivery_contact = UNSET
            else:
                delivery_contact = Contact._tx_from_json(_delivery_contact)

            return delivery_contact

        def _p_incoterms(_tx_v: Any) -> PhysicalOrderIncoterms | Unset:
            _incoterms = _tx_v
            incoterms: PhysicalOrderIncoterms | Unset
            if isinstance(_incoterms, Unset):
                incoterms = UNSET
            else:
                incoterms = PhysicalOrderIncoterms(_incoterms)

            return incoterms

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "order",
                "totalWeight",
                "manuallyOverriddenWeight",
                "weightUnit",
                "totalVolume",
                "manuallyOverriddenVolume",
                "lengthCm",
                "widthCm",
                "heightCm",
                "volumeUnit",
                "transportMethod",
                "transportLabelLink",
                "trackingNumber",
                "trackingNumberLink",
                "deliveryContact",
                "incoterms",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "order": ("order", _p_order),
            "total_weight": ("totalWeight", None),
            "manually_overridden_weight": ("manuallyOverriddenWeight", None),
            "weight_unit": ("weightUnit", _p_weight_unit),
            "total_volume": ("totalVolume", None),
            "manually_overridden_volume": ("manuallyOverriddenVolume", None),
            "length_cm": ("lengthCm", None),
            "width_cm": ("widthCm", None),
            "height_cm": ("heightCm", None),
            "volume_unit": ("volumeUnit", _p_volume_unit),
            "transport_method": ("transportMethod", _p_transport_method),
            "transport_label_link": ("transportLabelLink", None),
            "tracking_number": ("trackingNumber", None),
            "tracking_number_link": ("trackingNumberLink", None),
            "delivery_contact": ("deliveryContact", _p_delivery_contact),
            "incoterms": ("incoterms", _p_incoterms),
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
