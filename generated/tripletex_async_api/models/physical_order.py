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
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.contact import Contact
    from ..models.order import Order


T = TypeVar("T", bound="PhysicalOrder")


@_attrs_define
class PhysicalOrder(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = [_e.to_dict() for _e in _v]
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        _v = self.order
        if _v is not UNSET:
            field_dict["order"] = _v.to_dict()
        _v = self.total_weight
        if _v is not UNSET:
            field_dict["totalWeight"] = _v
        _v = self.manually_overridden_weight
        if _v is not UNSET:
            field_dict["manuallyOverriddenWeight"] = _v
        _v = self.weight_unit
        if _v is not UNSET:
            field_dict["weightUnit"] = _v._value_
        _v = self.total_volume
        if _v is not UNSET:
            field_dict["totalVolume"] = _v
        _v = self.manually_overridden_volume
        if _v is not UNSET:
            field_dict["manuallyOverriddenVolume"] = _v
        _v = self.length_cm
        if _v is not UNSET:
            field_dict["lengthCm"] = _v
        _v = self.width_cm
        if _v is not UNSET:
            field_dict["widthCm"] = _v
        _v = self.height_cm
        if _v is not UNSET:
            field_dict["heightCm"] = _v
        _v = self.volume_unit
        if _v is not UNSET:
            field_dict["volumeUnit"] = _v._value_
        _v = self.transport_method
        if _v is not UNSET:
            field_dict["transportMethod"] = _v._value_
        _v = self.transport_label_link
        if _v is not UNSET:
            field_dict["transportLabelLink"] = _v
        _v = self.tracking_number
        if _v is not UNSET:
            field_dict["trackingNumber"] = _v
        _v = self.tracking_number_link
        if _v is not UNSET:
            field_dict["trackingNumberLink"] = _v
        _v = self.delivery_contact
        if _v is not UNSET:
            field_dict["deliveryContact"] = _v.to_dict()
        _v = self.incoterms
        if _v is not UNSET:
            field_dict["incoterms"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A PhysicalOrder from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``PhysicalOrder.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.contact import Contact  # noqa: PLC0415
        from ..models.order import Order  # noqa: PLC0415

        _new = object.__new__
        _e_weight_unit: dict[Any, Any] = enum_members(PhysicalOrderWeightUnit)
        _e_volume_unit: dict[Any, Any] = enum_members(PhysicalOrderVolumeUnit)
        _e_transport_method: dict[Any, Any] = enum_members(PhysicalOrderTransportMethod)
        _e_incoterms: dict[Any, Any] = enum_members(PhysicalOrderIncoterms)
        _known: frozenset[str] = frozenset(
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

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "totalWeight": "total_weight",
            "manuallyOverriddenWeight": "manually_overridden_weight",
            "totalVolume": "total_volume",
            "manuallyOverriddenVolume": "manually_overridden_volume",
            "lengthCm": "length_cm",
            "widthCm": "width_cm",
            "heightCm": "height_cm",
            "transportLabelLink": "transport_label_link",
            "trackingNumber": "tracking_number",
            "trackingNumberLink": "tracking_number_link",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.order = o.total_weight = o.manually_overridden_weight = (
                        o.weight_unit
                    ) = o.total_volume = o.manually_overridden_volume = o.length_cm = o.width_cm = o.height_cm = (
                        o.volume_unit
                    ) = o.transport_method = o.transport_label_link = o.tracking_number = o.tracking_number_link = (
                        o.delivery_contact
                    ) = o.incoterms = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 6 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.order = o.total_weight = o.manually_overridden_weight = (
                        o.weight_unit
                    ) = o.total_volume = o.manually_overridden_volume = o.length_cm = o.width_cm = o.height_cm = (
                        o.volume_unit
                    ) = o.transport_method = o.transport_label_link = o.tracking_number = o.tracking_number_link = (
                        o.delivery_contact
                    ) = o.incoterms = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = "changes"
                v = g("changes")
                if v is None:
                    o.changes = u
                    if "changes" not in d:
                        m += 1
                else:
                    o.changes = (
                        ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                k = "order"
                v = g("order")
                if v is None:
                    o.order = u
                    if "order" not in d:
                        m += 1
                else:
                    o.order = Order._tx_parse(v)
                v = g("totalWeight")
                if v is None:
                    o.total_weight = u
                    if "totalWeight" not in d:
                        m += 1
                else:
                    o.total_weight = v
                v = g("manuallyOverriddenWeight")
                if v is None:
                    o.manually_overridden_weight = u
                    if "manuallyOverriddenWeight" not in d:
                        m += 1
                else:
                    o.manually_overridden_weight = v
                k = "weightUnit"
                v = g("weightUnit")
                if v is None:
                    o.weight_unit = u
                    if "weightUnit" not in d:
                        m += 1
                else:
                    o.weight_unit = (
                        e_ if (e_ := _e_weight_unit.get(v)) is not None else enum_value(PhysicalOrderWeightUnit, v)
                    )
                v = g("totalVolume")
                if v is None:
                    o.total_volume = u
                    if "totalVolume" not in d:
                        m += 1
                else:
                    o.total_volume = v
                v = g("manuallyOverriddenVolume")
                if v is None:
                    o.manually_overridden_volume = u
                    if "manuallyOverriddenVolume" not in d:
                        m += 1
                else:
                    o.manually_overridden_volume = v
                v = g("lengthCm")
                if v is None:
                    o.length_cm = u
                    if "lengthCm" not in d:
                        m += 1
                else:
                    o.length_cm = v
                v = g("widthCm")
                if v is None:
                    o.width_cm = u
                    if "widthCm" not in d:
                        m += 1
                else:
                    o.width_cm = v
                v = g("heightCm")
                if v is None:
                    o.height_cm = u
                    if "heightCm" not in d:
                        m += 1
                else:
                    o.height_cm = v
                k = "volumeUnit"
                v = g("volumeUnit")
                if v is None:
                    o.volume_unit = u
                    if "volumeUnit" not in d:
                        m += 1
                else:
                    o.volume_unit = (
                        e_ if (e_ := _e_volume_unit.get(v)) is not None else enum_value(PhysicalOrderVolumeUnit, v)
                    )
                k = "transportMethod"
                v = g("transportMethod")
                if v is None:
                    o.transport_method = u
                    if "transportMethod" not in d:
                        m += 1
                else:
                    o.transport_method = (
                        e_
                        if (e_ := _e_transport_method.get(v)) is not None
                        else enum_value(PhysicalOrderTransportMethod, v)
                    )
                v = g("transportLabelLink")
                if v is None:
                    o.transport_label_link = u
                    if "transportLabelLink" not in d:
                        m += 1
                else:
                    o.transport_label_link = v
                v = g("trackingNumber")
                if v is None:
                    o.tracking_number = u
                    if "trackingNumber" not in d:
                        m += 1
                else:
                    o.tracking_number = v
                v = g("trackingNumberLink")
                if v is None:
                    o.tracking_number_link = u
                    if "trackingNumberLink" not in d:
                        m += 1
                else:
                    o.tracking_number_link = v
                k = "deliveryContact"
                v = g("deliveryContact")
                if v is None:
                    o.delivery_contact = u
                    if "deliveryContact" not in d:
                        m += 1
                else:
                    o.delivery_contact = Contact._tx_parse(v)
                k = "incoterms"
                v = g("incoterms")
                if v is None:
                    o.incoterms = u
                    if "incoterms" not in d:
                        m += 1
                else:
                    o.incoterms = (
                        e_ if (e_ := _e_incoterms.get(v)) is not None else enum_value(PhysicalOrderIncoterms, v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 20 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("order", "order"),
            ("total_weight", "totalWeight"),
            ("manually_overridden_weight", "manuallyOverriddenWeight"),
            ("weight_unit", "weightUnit"),
            ("total_volume", "totalVolume"),
            ("manually_overridden_volume", "manuallyOverriddenVolume"),
            ("length_cm", "lengthCm"),
            ("width_cm", "widthCm"),
            ("height_cm", "heightCm"),
            ("volume_unit", "volumeUnit"),
            ("transport_method", "transportMethod"),
            ("transport_label_link", "transportLabelLink"),
            ("tracking_number", "trackingNumber"),
            ("tracking_number_link", "trackingNumberLink"),
            ("delivery_contact", "deliveryContact"),
            ("incoterms", "incoterms"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.changes
            o.changes = (
                u
                if v is None or v is u
                else ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.url
            o.url = u if v is None else v
            v = s.order
            o.order = u if v is None or v is u else Order._tx_parse(v)
            v = s.total_weight
            o.total_weight = u if v is None else v
            v = s.manually_overridden_weight
            o.manually_overridden_weight = u if v is None else v
            v = s.weight_unit
            o.weight_unit = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_weight_unit.get(v)) is not None
                else enum_value(PhysicalOrderWeightUnit, v)
            )
            v = s.total_volume
            o.total_volume = u if v is None else v
            v = s.manually_overridden_volume
            o.manually_overridden_volume = u if v is None else v
            v = s.length_cm
            o.length_cm = u if v is None else v
            v = s.width_cm
            o.width_cm = u if v is None else v
            v = s.height_cm
            o.height_cm = u if v is None else v
            v = s.volume_unit
            o.volume_unit = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_volume_unit.get(v)) is not None
                else enum_value(PhysicalOrderVolumeUnit, v)
            )
            v = s.transport_method
            o.transport_method = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_transport_method.get(v)) is not None
                else enum_value(PhysicalOrderTransportMethod, v)
            )
            v = s.transport_label_link
            o.transport_label_link = u if v is None else v
            v = s.tracking_number
            o.tracking_number = u if v is None else v
            v = s.tracking_number_link
            o.tracking_number_link = u if v is None else v
            v = s.delivery_contact
            o.delivery_contact = u if v is None or v is u else Contact._tx_parse(v)
            v = s.incoterms
            o.incoterms = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_incoterms.get(v)) is not None
                else enum_value(PhysicalOrderIncoterms, v)
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
