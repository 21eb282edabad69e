from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    not_an_array,
    parse_error,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.asset_import import AssetImport


T = TypeVar("T", bound="AssetAccountRow")


@_attrs_define
class AssetAccountRow(Model):
    """
    Attributes:
        account_number (str | Unset): Account number
        account_name (str | Unset): Account name
        assets (list[AssetImport] | Unset):
        balance_difference (float | Unset): Balance difference. This is the sum amount on the account that is not
            connected to an asset after the import.
    """

    account_number: str | Unset = UNSET
    account_name: str | Unset = UNSET
    assets: list[AssetImport] | Unset = UNSET
    balance_difference: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.account_number
        if _v is not UNSET:
            field_dict["accountNumber"] = _v
        _v = self.account_name
        if _v is not UNSET:
            field_dict["accountName"] = _v
        _v = self.assets
        if _v is not UNSET:
            field_dict["assets"] = [_e.to_dict() for _e in _v]
        _v = self.balance_difference
        if _v is not UNSET:
            field_dict["balanceDifference"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AssetAccountRow from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AssetAccountRow.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.asset_import import AssetImport  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "accountNumber",
                "accountName",
                "assets",
                "balanceDifference",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("accountNumber")
                if v is None:
                    o.account_number = u
                    if "accountNumber" not in d:
                        m += 1
                else:
                    o.account_number = v
                v = g("accountName")
                if v is None:
                    o.account_name = u
                    if "accountName" not in d:
                        m += 1
                else:
                    o.account_name = v
                k = "assets"
                v = g("assets")
                if v is None:
                    o.assets = u
                    if "assets" not in d:
                        m += 1
                else:
                    o.assets = (
                        ([AssetImport._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("balanceDifference")
                if v is None:
                    o.balance_difference = u
                    if "balanceDifference" not in d:
                        m += 1
                else:
                    o.balance_difference = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 4 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("account_number", "accountNumber"),
            ("account_name", "accountName"),
            ("assets", "assets"),
            ("balance_difference", "balanceDifference"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.account_number
            o.account_number = u if v is None else v
            v = s.account_name
            o.account_name = u if v is None else v
            v = s.assets
            o.assets = (
                u
                if v is None or v is u
                else ([AssetImport._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.balance_difference
            o.balance_difference = u if v is None else v
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
