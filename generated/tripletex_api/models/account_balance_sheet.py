from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.account_balance_sheet_row import AccountBalanceSheetRow


T = TypeVar("T", bound="AccountBalanceSheet")


@_attrs_define
class AccountBalanceSheet:
    """
    Attributes:
        rows (list[AccountBalanceSheetRow] | Unset): [read-only]
        sum_balance_in (float | Unset): [read-only]
        sum_balance_change (float | Unset): [read-only]
        sum_balance_out (float | Unset): [read-only]
    """

    rows: list[AccountBalanceSheetRow] | Unset = UNSET
    sum_balance_in: float | Unset = UNSET
    sum_balance_change: float | Unset = UNSET
    sum_balance_out: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        rows: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rows, Unset):
            rows = []
            for rows_item_data in self.rows:
                rows_item = rows_item_data.to_dict()
                rows.append(rows_item)

        sum_balance_in = self.sum_balance_in

        sum_balance_change = self.sum_balance_change

        sum_balance_out = self.sum_balance_out

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rows is not UNSET and not _in_request:
            field_dict["rows"] = rows
        if sum_balance_in is not UNSET and not _in_request:
            field_dict["sumBalanceIn"] = sum_balance_in
        if sum_balance_change is not UNSET and not _in_request:
            field_dict["sumBalanceChange"] = sum_balance_change
        if sum_balance_out is not UNSET and not _in_request:
            field_dict["sumBalanceOut"] = sum_balance_out

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.account_balance_sheet_row import AccountBalanceSheetRow  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _rows = d.pop("rows", UNSET)
        rows: list[AccountBalanceSheetRow] | Unset = UNSET
        if _rows is not UNSET:
            rows = []
            for rows_item_data in _rows:
                if rows_item_data is None:
                    continue
                rows_item = AccountBalanceSheetRow.from_dict(rows_item_data)

                rows.append(rows_item)

        sum_balance_in = d.pop("sumBalanceIn", UNSET)

        sum_balance_change = d.pop("sumBalanceChange", UNSET)

        sum_balance_out = d.pop("sumBalanceOut", UNSET)

        _obj = cls(
            rows=rows,
            sum_balance_in=sum_balance_in,
            sum_balance_change=sum_balance_change,
            sum_balance_out=sum_balance_out,
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
