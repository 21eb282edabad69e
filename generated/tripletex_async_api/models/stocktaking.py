from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stocktaking_type_of_stocktaking import StocktakingTypeOfStocktaking
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
    from ..models.inventory import Inventory


T = TypeVar("T", bound="Stocktaking")


@_attrs_define
class Stocktaking(Model):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        number (int | Unset):
        date (str | Unset):
        comment (str | Unset):
        type_of_stocktaking (StocktakingTypeOfStocktaking | Unset): [Deprecated] Define the type of
            stoctaking.<br>ALL_PRODUCTS_WITH_INVENTORIES: Create a stocktaking for all products with
            inventories.<br>INCLUDE_PRODUCTS: Create a stocktaking which includes all products.<br>NO_PRODUCTS: Create a
            stocktaking without products.<br>If not specified, the value 'ALL_PRODUCTS_WITH_INVENTORIES' is used.
        inventory (Inventory | Unset):
        is_completed (bool | Unset):
        warehouse_value (float | Unset): Warehouse value
        discrepancy_sum (float | Unset): Discrepancy sum
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    number: int | Unset = UNSET
    date: str | Unset = UNSET
    comment: str | Unset = UNSET
    type_of_stocktaking: StocktakingTypeOfStocktaking | Unset = UNSET
    inventory: Inventory | Unset = UNSET
    is_completed: bool | Unset = UNSET
    warehouse_value: float | Unset = UNSET
    discrepancy_sum: float | Unset = UNSET
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
        _v = self.number
        if _v is not UNSET and not _in_request:
            field_dict["number"] = _v
        _v = self.date
        if _v is not UNSET:
            field_dict["date"] = _v
        _v = self.comment
        if _v is not UNSET:
            field_dict["comment"] = _v
        _v = self.type_of_stocktaking
        if _v is not UNSET:
            field_dict["typeOfStocktaking"] = _v._value_
        _v = self.inventory
        if _v is not UNSET:
            field_dict["inventory"] = _v.to_dict()
        _v = self.is_completed
        if _v is not UNSET:
            field_dict["isCompleted"] = _v
        _v = self.warehouse_value
        if _v is not UNSET and not _in_request:
            field_dict["warehouseValue"] = _v
        _v = self.discrepancy_sum
        if _v is not UNSET and not _in_request:
            field_dict["discrepancySum"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Stocktaking from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Stocktaking.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.inventory import Inventory  # noqa: PLC0415

        _new = object.__new__
        _e_type_of_stocktaking: dict[Any, Any] = enum_members(StocktakingTypeOfStocktaking)
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "number",
                "date",
                "comment",
                "typeOfStocktaking",
                "inventory",
                "isCompleted",
                "warehouseValue",
                "discrepancySum",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "number": "number",
            "date": "date",
            "comment": "comment",
            "isCompleted": "is_completed",
            "warehouseValue": "warehouse_value",
            "discrepancySum": "discrepancy_sum",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.number = o.date = o.comment = o.type_of_stocktaking = (
                        o.inventory
                    ) = o.is_completed = o.warehouse_value = o.discrepancy_sum = UNSET
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 4 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.number = o.date = o.comment = o.type_of_stocktaking = (
                        o.inventory
                    ) = o.is_completed = o.warehouse_value = o.discrepancy_sum = UNSET
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
                v = g("number")
                if v is None:
                    o.number = u
                    if "number" not in d:
                        m += 1
                else:
                    o.number = v
                v = g("date")
                if v is None:
                    o.date = u
                    if "date" not in d:
                        m += 1
                else:
                    o.date = v
                v = g("comment")
                if v is None:
                    o.comment = u
                    if "comment" not in d:
                        m += 1
                else:
                    o.comment = v
                k = "typeOfStocktaking"
                v = g("typeOfStocktaking")
                if v is None:
                    o.type_of_stocktaking = u
                    if "typeOfStocktaking" not in d:
                        m += 1
                else:
                    o.type_of_stocktaking = (
                        e_
                        if (e_ := _e_type_of_stocktaking.get(v)) is not None
                        else enum_value(StocktakingTypeOfStocktaking, v)
                    )
                k = "inventory"
                v = g("inventory")
                if v is None:
                    o.inventory = u
                    if "inventory" not in d:
                        m += 1
                else:
                    o.inventory = Inventory._tx_parse(v)
                v = g("isCompleted")
                if v is None:
                    o.is_completed = u
                    if "isCompleted" not in d:
                        m += 1
                else:
                    o.is_completed = v
                v = g("warehouseValue")
                if v is None:
                    o.warehouse_value = u
                    if "warehouseValue" not in d:
                        m += 1
                else:
                    o.warehouse_value = v
                v = g("discrepancySum")
                if v is None:
                    o.discrepancy_sum = u
                    if "discrepancySum" not in d:
                        m += 1
                else:
                    o.discrepancy_sum = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 12 else {key: v for key, v in d.items() if v is not None and key not in _known}
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
            ("number", "number"),
            ("date", "date"),
            ("comment", "comment"),
            ("type_of_stocktaking", "typeOfStocktaking"),
            ("inventory", "inventory"),
            ("is_completed", "isCompleted"),
            ("warehouse_value", "warehouseValue"),
            ("discrepancy_sum", "discrepancySum"),
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
            v = s.number
            o.number = u if v is None else v
            v = s.date
            o.date = u if v is None else v
            v = s.comment
            o.comment = u if v is None else v
            v = s.type_of_stocktaking
            o.type_of_stocktaking = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_type_of_stocktaking.get(v)) is not None
                else enum_value(StocktakingTypeOfStocktaking, v)
            )
            v = s.inventory
            o.inventory = u if v is None or v is u else Inventory._tx_parse(v)
            v = s.is_completed
            o.is_completed = u if v is None else v
            v = s.warehouse_value
            o.warehouse_value = u if v is None else v
            v = s.discrepancy_sum
            o.discrepancy_sum = u if v is None else v
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
