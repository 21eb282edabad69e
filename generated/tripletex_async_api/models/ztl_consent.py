from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ztl_consent_creation_source import ZtlConsentCreationSource
from ..models.ztl_consent_status import ZtlConsentStatus
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
    from ..models.bank import Bank
    from ..models.change import Change
    from ..models.ztl_account import ZtlAccount


T = TypeVar("T", bound="ZtlConsent")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("status", str, False),
    ("bank", dict, False),
    ("ztlAccounts", list, False),
    ("creationSource", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ZtlConsent(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        consent_url (str | Unset): [read-only]
        valid (bool | Unset): [read-only]
        status (ZtlConsentStatus | Unset): [read-only]
        expiration_date (str | Unset): [read-only]
        bank (Bank | Unset):
        consent_reference (str | Unset):
        ztl_accounts (list[ZtlAccount] | Unset):
        user_id_or_ssn (str | Unset): userId for DNB, socialSecurityNumber for other banks
        creation_source (ZtlConsentCreationSource | Unset): Specify where the consent was created from
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    consent_url: str | Unset = UNSET
    valid: bool | Unset = UNSET
    status: ZtlConsentStatus | Unset = UNSET
    expiration_date: str | Unset = UNSET
    bank: Bank | Unset = UNSET
    consent_reference: str | Unset = UNSET
    ztl_accounts: list[ZtlAccount] | Unset = UNSET
    user_id_or_ssn: str | Unset = UNSET
    creation_source: ZtlConsentCreationSource | Unset = UNSET
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

        consent_url = self.consent_url

        valid = self.valid

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        expiration_date = self.expiration_date

        bank: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bank, Unset):
            bank = self.bank.to_dict()

        consent_reference = self.consent_reference

        ztl_accounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ztl_accounts, Unset):
            ztl_accounts = []
            for ztl_accounts_item_data in self.ztl_accounts:
                ztl_accounts_item = ztl_accounts_item_data.to_dict()
                ztl_accounts.append(ztl_accounts_item)

        user_id_or_ssn = self.user_id_or_ssn

        creation_source: str | Unset = UNSET
        if not isinstance(self.creation_source, Unset):
            creation_source = self.creation_source.value

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
        if consent_url is not UNSET and not _in_request:
            field_dict["consentUrl"] = consent_url
        if valid is not UNSET and not _in_request:
            field_dict["valid"] = valid
        if status is not UNSET and not _in_request:
            field_dict["status"] = status
        if expiration_date is not UNSET and not _in_request:
            field_dict["expirationDate"] = expiration_date
        if bank is not UNSET:
            field_dict["bank"] = bank
        if consent_reference is not UNSET:
            field_dict["consentReference"] = consent_reference
        if ztl_accounts is not UNSET:
            field_dict["ztlAccounts"] = ztl_accounts
        if user_id_or_ssn is not UNSET:
            field_dict["userIdOrSsn"] = user_id_or_ssn
        if creation_source is not UNSET:
            field_dict["creationSource"] = creation_source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ZtlConsent from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.bank import Bank  # noqa: PLC0415
        from ..models.change import Change  # noqa: PLC0415
        from ..models.ztl_account import ZtlAccount  # noqa: PLC0415

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

        def _p_status(_tx_v: Any) -> ZtlConsentStatus | Unset:
            _status = _tx_v
            status: ZtlConsentStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = ZtlConsentStatus(_status)

            return status

        def _p_bank(_tx_v: Any) -> Bank | Unset:
            _bank = _tx_v
            bank: Bank | Unset
            if isinstance(_bank, Unset):
                bank = UNSET
            else:
                bank = Bank._tx_from_json(_bank)

            return bank

        def _p_ztl_accounts(_tx_v: Any) -> list[ZtlAccount] | Unset:
            _ztl_accounts = _tx_v
            ztl_accounts: list[ZtlAccount] | Unset = UNSET
            if _ztl_accounts is not UNSET:
                ztl_accounts = []
                for ztl_accounts_item_data in _ztl_accounts:
                    if ztl_accounts_item_data is None:
                        continue
                    ztl_accounts_item = ZtlAccount._tx_from_json(ztl_accounts_item_data)

                    ztl_accounts.append(ztl_accounts_item)

            return ztl_accounts

        def _p_creation_source(_tx_v: Any) -> ZtlConsentCreationSource | Unset:
            _creation_source = _tx_v
            creation_source: ZtlConsentCreationSource | Unset
            if isinstance(_creation_source, Unset):
                creation_source = UNSET
            else:
                creation_source = ZtlConsentCreationSource(_creation_source)

            return creation_source

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "consentUrl",
                "valid",
                "status",
                "expirationDate",
                "bank",
                "consentReference",
                "ztlAccounts",
                "userIdOrSsn",
                "creationSource",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "consent_url": ("consentUrl", None),
            "valid": ("valid", None),
            "status": ("status", _p_status),
            "expiration_date": ("expirationDate", None),
            "bank": ("bank", _p_bank),
            "consent_reference": ("consentReference", None),
            "ztl_accounts": ("ztlAccounts", _p_ztl_accounts),
            "user_id_or_ssn": ("userIdOrSsn", None),
            "creation_source": ("creationSource", _p_creation_source),
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
