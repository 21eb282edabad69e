from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.accountant_client_access_role_dependencies_item import AccountantClientAccessRoleDependenciesItem
from ..models.accountant_client_access_role_reversed_dependencies_item import (
    AccountantClientAccessRoleReversedDependenciesItem,
)
from ..models.accountant_client_access_role_role import AccountantClientAccessRoleRole
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

T = TypeVar("T", bound="AccountantClientAccessRole")


@_attrs_define
class AccountantClientAccessRole(Model):
    """
    Attributes:
        role (AccountantClientAccessRoleRole | Unset):
        description (str | Unset):
        additional_information (str | Unset):
        has_required_module (bool | Unset):
        has_received_access (bool | Unset):
        has_access (bool | Unset):
        dependencies (list[AccountantClientAccessRoleDependenciesItem] | Unset):
        reversed_dependencies (list[AccountantClientAccessRoleReversedDependenciesItem] | Unset):
    """

    role: AccountantClientAccessRoleRole | Unset = UNSET
    description: str | Unset = UNSET
    additional_information: str | Unset = UNSET
    has_required_module: bool | Unset = UNSET
    has_received_access: bool | Unset = UNSET
    has_access: bool | Unset = UNSET
    dependencies: list[AccountantClientAccessRoleDependenciesItem] | Unset = UNSET
    reversed_dependencies: list[AccountantClientAccessRoleReversedDependenciesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.role
        if _v is not UNSET and not _in_request:
            field_dict["role"] = _v._value_
        _v = self.description
        if _v is not UNSET and not _in_request:
            field_dict["description"] = _v
        _v = self.additional_information
        if _v is not UNSET and not _in_request:
            field_dict["additionalInformation"] = _v
        _v = self.has_required_module
        if _v is not UNSET and not _in_request:
            field_dict["hasRequiredModule"] = _v
        _v = self.has_received_access
        if _v is not UNSET and not _in_request:
            field_dict["hasReceivedAccess"] = _v
        _v = self.has_access
        if _v is not UNSET and not _in_request:
            field_dict["hasAccess"] = _v
        _v = self.dependencies
        if _v is not UNSET and not _in_request:
            field_dict["dependencies"] = [_e._value_ for _e in _v]
        _v = self.reversed_dependencies
        if _v is not UNSET and not _in_request:
            field_dict["reversedDependencies"] = [_e._value_ for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AccountantClientAccessRole from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AccountantClientAccessRole.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _e_role: dict[Any, Any] = enum_members(AccountantClientAccessRoleRole)
        _e_dependencies: dict[Any, Any] = enum_members(AccountantClientAccessRoleDependenciesItem)
        _e_reversed_dependencies: dict[Any, Any] = enum_members(AccountantClientAccessRoleReversedDependenciesItem)
        _known: frozenset[str] = frozenset(
            (
                "role",
                "description",
                "additionalInformation",
                "hasRequiredModule",
                "hasReceivedAccess",
                "hasAccess",
                "dependencies",
                "reversedDependencies",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "description": "description",
            "additionalInformation": "additional_information",
            "hasRequiredModule": "has_required_module",
            "hasReceivedAccess": "has_received_access",
            "hasAccess": "has_access",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.role = o.description = o.additional_information = o.has_required_module = (
                        o.has_received_access
                    ) = o.has_access = o.dependencies = o.reversed_dependencies = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "role"
                v = g("role")
                if v is None:
                    o.role = u
                    if "role" not in d:
                        m += 1
                else:
                    o.role = e_ if (e_ := _e_role.get(v)) is not None else enum_value(AccountantClientAccessRoleRole, v)
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("additionalInformation")
                if v is None:
                    o.additional_information = u
                    if "additionalInformation" not in d:
                        m += 1
                else:
                    o.additional_information = v
                v = g("hasRequiredModule")
                if v is None:
                    o.has_required_module = u
                    if "hasRequiredModule" not in d:
                        m += 1
                else:
                    o.has_required_module = v
                v = g("hasReceivedAccess")
                if v is None:
                    o.has_received_access = u
                    if "hasReceivedAccess" not in d:
                        m += 1
                else:
                    o.has_received_access = v
                v = g("hasAccess")
                if v is None:
                    o.has_access = u
                    if "hasAccess" not in d:
                        m += 1
                else:
                    o.has_access = v
                k = "dependencies"
                v = g("dependencies")
                if v is None:
                    o.dependencies = u
                    if "dependencies" not in d:
                        m += 1
                else:
                    o.dependencies = (
                        (
                            [
                                e_
                                if (e_ := _e_dependencies.get(e)) is not None
                                else enum_value(AccountantClientAccessRoleDependenciesItem, e)
                                for e in v
                                if e is not None
                            ]
                            if v
                            else []
                        )
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "reversedDependencies"
                v = g("reversedDependencies")
                if v is None:
                    o.reversed_dependencies = u
                    if "reversedDependencies" not in d:
                        m += 1
                else:
                    o.reversed_dependencies = (
                        (
                            [
                                e_
                                if (e_ := _e_reversed_dependencies.get(e)) is not None
                                else enum_value(AccountantClientAccessRoleReversedDependenciesItem, e)
                                for e in v
                                if e is not None
                            ]
                            if v
                            else []
                        )
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 8 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("role", "role"),
            ("description", "description"),
            ("additional_information", "additionalInformation"),
            ("has_required_module", "hasRequiredModule"),
            ("has_received_access", "hasReceivedAccess"),
            ("has_access", "hasAccess"),
            ("dependencies", "dependencies"),
            ("reversed_dependencies", "reversedDependencies"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.role
            o.role = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_role.get(v)) is not None
                else enum_value(AccountantClientAccessRoleRole, v)
            )
            v = s.description
            o.description = u if v is None else v
            v = s.additional_information
            o.additional_information = u if v is None else v
            v = s.has_required_module
            o.has_required_module = u if v is None else v
            v = s.has_received_access
            o.has_received_access = u if v is None else v
            v = s.has_access
            o.has_access = u if v is None else v
            v = s.dependencies
            o.dependencies = (
                u
                if v is None or v is u
                else (
                    [
                        e_
                        if (e_ := _e_dependencies.get(e)) is not None
                        else enum_value(AccountantClientAccessRoleDependenciesItem, e)
                        for e in v
                        if e is not None
                    ]
                    if v
                    else []
                )
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.reversed_dependencies
            o.reversed_dependencies = (
                u
                if v is None or v is u
                else (
                    [
                        e_
                        if (e_ := _e_reversed_dependencies.get(e)) is not None
                        else enum_value(AccountantClientAccessRoleReversedDependenciesItem, e)
                        for e in v
                        if e is not None
                    ]
                    if v
                    else []
                )
                if v.__class__ is list
                else not_an_array(v)
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
