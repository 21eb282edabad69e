from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_bank_statement_file_format_support_item import BankBankStatementFileFormatSupportItem
from ..models.bank_platform import BankPlatform
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
    from ..models.auto_pay_support import AutoPaySupport
    from ..models.change import Change


T = TypeVar("T", bound="Bank")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("bankStatementFileFormatSupport", list, False),
    ("registerNumbers", list, False),
    ("autoPaySupport", dict, False),
    ("platform", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class Bank(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        name (str | Unset): [read-only] Bank name
        bank_statement_file_format_support (list[BankBankStatementFileFormatSupportItem] | Unset): [read-only]
        register_numbers (list[int] | Unset): [read-only]
        display_name (str | Unset): [read-only] Bank name to comply with LoadableDropdown
        auto_pay_support (AutoPaySupport | Unset): The autoPay support for this bank
        platform (BankPlatform | Unset): [read-only] Bank platform
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    name: str | Unset = UNSET
    bank_statement_file_format_support: list[BankBankStatementFileFormatSupportItem] | Unset = UNSET
    register_numbers: list[int] | Unset = UNSET
    display_name: str | Unset = UNSET
    auto_pay_support: AutoPaySupport | Unset = UNSET
    platform: BankPlatform | Unset = UNSET
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

        name = self.name

        bank_statement_file_format_support: list[str] | Unset = UNSET
        if not isinstance(self.bank_statement_file_format_support, Unset):
            bank_statement_file_format_support = []
            for bank_statement_file_format_support_item_data in self.bank_statement_file_format_support:
                bank_statement_file_format_support_item = bank_statement_file_format_support_item_data.value
                bank_statement_file_format_support.append(bank_statement_file_format_support_item)

        register_numbers: list[int] | Unset = UNSET
        if not isinstance(self.register_numbers, Unset):
            register_numbers = self.register_numbers

        display_name = self.display_name

        auto_pay_support: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auto_pay_support, Unset):
            auto_pay_support = self.auto_pay_support.to_dict()

        platform: str | Unset = UNSET
        if not isinstance(self.platform, Unset):
            platform = self.platform.value

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
        if name is not UNSET and not _in_request:
            field_dict["name"] = name
        if bank_statement_file_format_support is not UNSET and not _in_request:
            field_dict["bankStatementFileFormatSupport"] = bank_statement_file_format_support
        if register_numbers is not UNSET and not _in_request:
            field_dict["registerNumbers"] = register_numbers
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if auto_pay_support is not UNSET:
            field_dict["autoPaySupport"] = auto_pay_support
        if platform is not UNSET and not _in_request:
            field_dict["platform"] = platform

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Bank from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.auto_pay_support import AutoPaySupport  # noqa: PLC0415
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

        def _p_bank_statement_file_format_support(_tx_v: Any) -> list[BankBankStatementFileFormatSupportItem] | Unset:
            _bank_statement_file_format_support = _tx_v
            bank_statement_file_format_support: list[BankBankStatementFileFormatSupportItem] | Unset = UNSET
            if _bank_statement_file_format_support is not UNSET:
                bank_statement_file_format_support = []
                for bank_statement_file_format_support_item_data in _bank_statement_file_format_support:
                    if bank_statement_file_format_support_item_data is None:
                        continue
                    bank_statement_file_format_support_item = BankBankStatementFileFormatSupportItem(
                        bank_statement_file_format_support_item_data
                    )

                    bank_statement_file_format_support.append(bank_statement_file_format_support_item)

            return bank_statement_file_format_support

        def _p_register_numbers(_tx_v: Any) -> list[int] | Unset:
            register_numbers = cast(list[int], _tx_v)

            return register_numbers

        def _p_auto_pay_support(_tx_v: Any) -> AutoPaySupport | Unset:
            _auto_pay_support = _tx_v
            auto_pay_support: AutoPaySupport | Unset
            if isinstance(_auto_pay_support, Unset):
                auto_pay_support = UNSET
            else:
                auto_pay_support = AutoPaySupport._tx_from_json(_auto_pay_support)

            return auto_pay_support

        def _p_platform(_tx_v: Any) -> BankPlatform | Unset:
            _platform = _tx_v
            platform: BankPlatform | Unset
            if isinstance(_platform, Unset):
                platform = UNSET
            else:
                platform = BankPlatform(_platform)

            return platform

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "name",
                "bankStatementFileFormatSupport",
                "registerNumbers",
                "displayName",
                "autoPaySupport",
                "platform",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "name": ("name", None),
            "bank_statement_file_format_support": (
                "bankStatementFileFormatSupport",
                _p_bank_statement_file_format_support,
            ),
            "register_numbers": ("registerNumbers", _p_register_numbers),
            "display_name": ("displayName", None),
            "auto_pay_support": ("autoPaySupport", _p_auto_pay_support),
            "platform": ("platform", _p_platform),
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
