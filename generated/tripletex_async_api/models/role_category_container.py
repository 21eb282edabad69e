from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role_category_container_role_containers_item import RoleCategoryContainerRoleContainersItem
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
    from ..models.category import Category


T = TypeVar("T", bound="RoleCategoryContainer")


@_attrs_define
class RoleCategoryContainer(Model):
    """
    Attributes:
        category (Category | Unset):
        role_containers (list[RoleCategoryContainerRoleContainersItem] | Unset):
        hidden (bool | Unset):
    """

    category: Category | Unset = UNSET
    role_containers: list[RoleCategoryContainerRoleContainersItem] | Unset = UNSET
    hidden: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.category
        if _v is not UNSET:
            field_dict["category"] = _v.to_dict()
        _v = self.role_containers
        if _v is not UNSET and not _in_request:
            field_dict["roleContainers"] = [_e._value_ for _e in _v]
        _v = self.hidden
        if _v is not UNSET:
            field_dict["hidden"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A RoleCategoryContainer from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``RoleCategoryContainer.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.category import Category  # noqa: PLC0415

        _new = object.__new__
        _e_role_containers: dict[Any, Any] = enum_members(RoleCategoryContainerRoleContainersItem)
        _known: frozenset[str] = frozenset(
            (
                "category",
                "roleContainers",
                "hidden",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "category"
                v = g("category")
                if v is None:
                    o.category = u
                    if "category" not in d:
                        m += 1
                else:
                    o.category = Category._tx_parse(v)
                k = "roleContainers"
                v = g("roleContainers")
                if v is None:
                    o.role_containers = u
                    if "roleContainers" not in d:
                        m += 1
                else:
                    o.role_containers = (
                        (
                            [
                                e_
                                if (e_ := _e_role_containers.get(e)) is not None
                                else enum_value(RoleCategoryContainerRoleContainersItem, e)
                                for e in v
                                if e is not None
                            ]
                            if v
                            else []
                        )
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("hidden")
                if v is None:
                    o.hidden = u
                    if "hidden" not in d:
                        m += 1
                else:
                    o.hidden = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 3 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("category", "category"),
            ("role_containers", "roleContainers"),
            ("hidden", "hidden"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.category
            o.category = u if v is None or v is u else Category._tx_parse(v)
            v = s.role_containers
            o.role_containers = (
                u
                if v is None or v is u
                else (
                    [
                        e_
                        if (e_ := _e_role_containers.get(e)) is not None
                        else enum_value(RoleCategoryContainerRoleContainersItem, e)
                        for e in v
                        if e is not None
                    ]
                    if v
                    else []
                )
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.hidden
            o.hidden = u if v is None else v
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
