from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_bank_statement_file_format_support_item import BankBankStatementFileFormatSupportItem
from ..models.bank_platform import BankPlatform
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.auto_pay_support import AutoPaySupport
    from ..models.change import Change


T = TypeVar("T", bound="Bank")


@_attrs_define
class Bank:
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
        from ..models.auto_pay_support import AutoPaySupport  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        id = d.pop("id", UNSET)

        version = d.pop("version", UNSET)

        _changes = d.pop("changes", UNSET)
        changes: list[Change] | Unset = UNSET
        if _changes is not UNSET:
            changes = []
            for changes_item_data in _changes:
                if changes_item_data is None:
                    continue
                changes_item = Change.from_dict(changes_item_data)

                changes.append(changes_item)

        url = d.pop("url", UNSET)

        name = d.pop("name", UNSET)

        _bank_statement_file_format_support = d.pop("bankStatementFileFormatSupport", UNSET)
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

        register_numbers = cast(list[int], d.pop("registerNumbers", UNSET))

        display_name = d.pop("displayName", UNSET)

        _auto_pay_support = d.pop("autoPaySupport", UNSET)
        auto_pay_support: AutoPaySupport | Unset
        if isinstance(_auto_pay_support, Unset):
            auto_pay_support = UNSET
        else:
            auto_pay_support = AutoPaySupport.from_dict(_auto_pay_support)

        _platform = d.pop("platform", UNSET)
        platform: BankPlatform | Unset
        if isinstance(_platform, Unset):
            platform = UNSET
        else:
            platform = BankPlatform(_platform)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            name=name,
            bank_statement_file_format_support=bank_statement_file_format_support,
            register_numbers=register_numbers,
            display_name=display_name,
            auto_pay_support=auto_pay_support,
            platform=platform,
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
