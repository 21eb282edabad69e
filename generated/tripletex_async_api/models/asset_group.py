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
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.asset import Asset


T = TypeVar("T", bound="AssetGroup")


@_attrs_define
class AssetGroup(Model):
    """
    Attributes:
        id (int | Unset):
        description (str | Unset):
        asset_count (int | Unset):
        acquisition_cost_sum (float | Unset):
        balance_in_sum (float | Unset):
        balance_out_sum (float | Unset):
        balance_change_sum (float | Unset):
        assets (list[Asset] | Unset):
        starting_balance (float | Unset):
        balance_in_account (float | Unset):
        sum_starting_balance (float | Unset):
    """

    id: int | Unset = UNSET
    description: str | Unset = UNSET
    asset_count: int | Unset = UNSET
    acquisition_cost_sum: float | Unset = UNSET
    balance_in_sum: float | Unset = UNSET
    balance_out_sum: float | Unset = UNSET
    balance_change_sum: float | Unset = UNSET
    assets: list[Asset] | Unset = UNSET
    starting_balance: float | Unset = UNSET
    balance_in_account: float | Unset = UNSET
    sum_starting_balance: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET and not _in_request:
            field_dict["id"] = _v
        _v = self.description
        if _v is not UNSET and not _in_request:
            field_dict["description"] = _v
        _v = self.asset_count
        if _v is not UNSET and not _in_request:
            field_dict["assetCount"] = _v
        _v = self.acquisition_cost_sum
        if _v is not UNSET and not _in_request:
            field_dict["acquisitionCostSum"] = _v
        _v = self.balance_in_sum
        if _v is not UNSET and not _in_request:
            field_dict["balanceInSum"] = _v
        _v = self.balance_out_sum
        if _v is not UNSET and not _in_request:
            field_dict["balanceOutSum"] = _v
        _v = self.balance_change_sum
        if _v is not UNSET and not _in_request:
            field_dict["balanceChangeSum"] = _v
        _v = self.assets
        if _v is not UNSET and not _in_request:
            field_dict["assets"] = [_e.to_dict() for _e in _v]
        _v = self.starting_balance
        if _v is not UNSET and not _in_request:
            field_dict["startingBalance"] = _v
        _v = self.balance_in_account
        if _v is not UNSET and not _in_request:
            field_dict["balanceInAccount"] = _v
        _v = self.sum_starting_balance
        if _v is not UNSET and not _in_request:
            field_dict["sumStartingBalance"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A AssetGroup from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``AssetGroup.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.asset import Asset  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "description",
                "assetCount",
                "acquisitionCostSum",
                "balanceInSum",
                "balanceOutSum",
                "balanceChangeSum",
                "assets",
                "startingBalance",
                "balanceInAccount",
                "sumStartingBalance",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "description": "description",
            "assetCount": "asset_count",
            "acquisitionCostSum": "acquisition_cost_sum",
            "balanceInSum": "balance_in_sum",
            "balanceOutSum": "balance_out_sum",
            "balanceChangeSum": "balance_change_sum",
            "startingBalance": "starting_balance",
            "balanceInAccount": "balance_in_account",
            "sumStartingBalance": "sum_starting_balance",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.id = o.description = o.asset_count = o.acquisition_cost_sum = o.balance_in_sum = (
                        o.balance_out_sum
                    ) = o.balance_change_sum = o.assets = o.starting_balance = o.balance_in_account = (
                        o.sum_starting_balance
                    ) = UNSET
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
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("assetCount")
                if v is None:
                    o.asset_count = u
                    if "assetCount" not in d:
                        m += 1
                else:
                    o.asset_count = v
                v = g("acquisitionCostSum")
                if v is None:
                    o.acquisition_cost_sum = u
                    if "acquisitionCostSum" not in d:
                        m += 1
                else:
                    o.acquisition_cost_sum = v
                v = g("balanceInSum")
                if v is None:
                    o.balance_in_sum = u
                    if "balanceInSum" not in d:
                        m += 1
                else:
                    o.balance_in_sum = v
                v = g("balanceOutSum")
                if v is None:
                    o.balance_out_sum = u
                    if "balanceOutSum" not in d:
                        m += 1
                else:
                    o.balance_out_sum = v
                v = g("balanceChangeSum")
                if v is None:
                    o.balance_change_sum = u
                    if "balanceChangeSum" not in d:
                        m += 1
                else:
                    o.balance_change_sum = v
                k = "assets"
                v = g("assets")
                if v is None:
                    o.assets = u
                    if "assets" not in d:
                        m += 1
                else:
                    o.assets = (
                        ([Asset._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("startingBalance")
                if v is None:
                    o.starting_balance = u
                    if "startingBalance" not in d:
                        m += 1
                else:
                    o.starting_balance = v
                v = g("balanceInAccount")
                if v is None:
                    o.balance_in_account = u
                    if "balanceInAccount" not in d:
                        m += 1
                else:
                    o.balance_in_account = v
                v = g("sumStartingBalance")
                if v is None:
                    o.sum_starting_balance = u
                    if "sumStartingBalance" not in d:
                        m += 1
                else:
                    o.sum_starting_balance = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 11 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("description", "description"),
            ("asset_count", "assetCount"),
            ("acquisition_cost_sum", "acquisitionCostSum"),
            ("balance_in_sum", "balanceInSum"),
            ("balance_out_sum", "balanceOutSum"),
            ("balance_change_sum", "balanceChangeSum"),
            ("assets", "assets"),
            ("starting_balance", "startingBalance"),
            ("balance_in_account", "balanceInAccount"),
            ("sum_starting_balance", "sumStartingBalance"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.asset_count
            o.asset_count = u if v is None else v
            v = s.acquisition_cost_sum
            o.acquisition_cost_sum = u if v is None else v
            v = s.balance_in_sum
            o.balance_in_sum = u if v is None else v
            v = s.balance_out_sum
            o.balance_out_sum = u if v is None else v
            v = s.balance_change_sum
            o.balance_change_sum = u if v is None else v
            v = s.assets
            o.assets = (
                u
                if v is None or v is u
                else ([Asset._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.starting_balance
            o.starting_balance = u if v is None else v
            v = s.balance_in_account
            o.balance_in_account = u if v is None else v
            v = s.sum_starting_balance
            o.sum_starting_balance = u if v is None else v
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
