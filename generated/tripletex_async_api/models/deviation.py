from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deviation_action import DeviationAction
from ..models.deviation_cause import DeviationCause
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
    from ..models.purchase_orderline import PurchaseOrderline


T = TypeVar("T", bound="Deviation")


@_attrs_define
class Deviation(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        purchase_order_line (PurchaseOrderline | Unset):
        date (str | Unset):
        cause (DeviationCause | Unset):
        action (DeviationAction | Unset):
        comment (str | Unset):
        received_by (str | Unset):
        quantity_ordered (float | Unset):
        quantity_received (float | Unset):
        deviation (float | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    purchase_order_line: PurchaseOrderline | Unset = UNSET
    date: str | Unset = UNSET
    cause: DeviationCause | Unset = UNSET
    action: DeviationAction | Unset = UNSET
    comment: str | Unset = UNSET
    received_by: str | Unset = UNSET
    quantity_ordered: float | Unset = UNSET
    quantity_received: float | Unset = UNSET
    deviation: float | Unset = UNSET
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
        _v = self.purchase_order_line
        if _v is not UNSET:
            field_dict["purchaseOrderLine"] = _v.to_dict()
        _v = self.date
        if _v is not UNSET:
            field_dict["date"] = _v
        _v = self.cause
        if _v is not UNSET:
            field_dict["cause"] = _v._value_
        _v = self.action
        if _v is not UNSET:
            field_dict["action"] = _v._value_
        _v = self.comment
        if _v is not UNSET:
            field_dict["comment"] = _v
        _v = self.received_by
        if _v is not UNSET and not _in_request:
            field_dict["receivedBy"] = _v
        _v = self.quantity_ordered
        if _v is not UNSET and not _in_request:
            field_dict["quantityOrdered"] = _v
        _v = self.quantity_received
        if _v is not UNSET and not _in_request:
            field_dict["quantityReceived"] = _v
        _v = self.deviation
        if _v is not UNSET and not _in_request:
            field_dict["deviation"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Deviation from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Deviation.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.purchase_orderline import PurchaseOrderline  # noqa: PLC0415

        _new = object.__new__
        _e_cause: dict[Any, Any] = enum_members(DeviationCause)
        _e_action: dict[Any, Any] = enum_members(DeviationAction)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "purchaseOrderLine",
                "date",
                "cause",
                "action",
                "comment",
                "receivedBy",
                "quantityOrdered",
                "quantityReceived",
                "deviation",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "date": "date",
            "comment": "comment",
            "receivedBy": "received_by",
            "quantityOrdered": "quantity_ordered",
            "quantityReceived": "quantity_received",
            "deviation": "deviation",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.purchase_order_line = o.date = o.cause = o.action = (
                        o.comment
                    ) = o.received_by = o.quantity_ordered = o.quantity_received = o.deviation = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.purchase_order_line = o.date = o.cause = o.action = (
                        o.comment
                    ) = o.received_by = o.quantity_ordered = o.quantity_received = o.deviation = UNSET
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
                k = "purchaseOrderLine"
                v = g("purchaseOrderLine")
                if v is None:
                    o.purchase_order_line = u
                    if "purchaseOrderLine" not in d:
                        m += 1
                else:
                    o.purchase_order_line = PurchaseOrderline._tx_parse(v)
                v = g("date")
                if v is None:
                    o.date = u
                    if "date" not in d:
                        m += 1
                else:
                    o.date = v
                k = "cause"
                v = g("cause")
                if v is None:
                    o.cause = u
                    if "cause" not in d:
                        m += 1
                else:
                    o.cause = e_ if (e_ := _e_cause.get(v)) is not None else enum_value(DeviationCause, v)
                k = "action"
                v = g("action")
                if v is None:
                    o.action = u
                    if "action" not in d:
                        m += 1
                else:
                    o.action = e_ if (e_ := _e_action.get(v)) is not None else enum_value(DeviationAction, v)
                v = g("comment")
                if v is None:
                    o.comment = u
                    if "comment" not in d:
                        m += 1
                else:
                    o.comment = v
                v = g("receivedBy")
                if v is None:
                    o.received_by = u
                    if "receivedBy" not in d:
                        m += 1
                else:
                    o.received_by = v
                v = g("quantityOrdered")
                if v is None:
                    o.quantity_ordered = u
                    if "quantityOrdered" not in d:
                        m += 1
                else:
                    o.quantity_ordered = v
                v = g("quantityReceived")
                if v is None:
                    o.quantity_received = u
                    if "quantityReceived" not in d:
                        m += 1
                else:
                    o.quantity_received = v
                v = g("deviation")
                if v is None:
                    o.deviation = u
                    if "deviation" not in d:
                        m += 1
                else:
                    o.deviation = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 13 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("purchase_order_line", "purchaseOrderLine"),
            ("date", "date"),
            ("cause", "cause"),
            ("action", "action"),
            ("comment", "comment"),
            ("received_by", "receivedBy"),
            ("quantity_ordered", "quantityOrdered"),
            ("quantity_received", "quantityReceived"),
            ("deviation", "deviation"),
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
            v = s.purchase_order_line
            o.purchase_order_line = u if v is None or v is u else PurchaseOrderline._tx_parse(v)
            v = s.date
            o.date = u if v is None else v
            v = s.cause
            o.cause = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_cause.get(v)) is not None
                else enum_value(DeviationCause, v)
            )
            v = s.action
            o.action = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_action.get(v)) is not None
                else enum_value(DeviationAction, v)
            )
            v = s.comment
            o.comment = u if v is None else v
            v = s.received_by
            o.received_by = u if v is None else v
            v = s.quantity_ordered
            o.quantity_ordered = u if v is None else v
            v = s.quantity_received
            o.quantity_received = u if v is None else v
            v = s.deviation
            o.deviation = u if v is None else v
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
