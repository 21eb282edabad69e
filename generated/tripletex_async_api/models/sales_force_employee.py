from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    from ..models.change import Change
    from ..models.sales_force_address import SalesForceAddress


T = TypeVar("T", bound="SalesForceEmployee")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("changes", list, False),
    ("address", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class SalesForceEmployee(LazyModel):
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        first_name (str | Unset): [read-only]
        last_name (str | Unset): [read-only]
        email (str | Unset): [read-only]
        phone_number_mobile (str | Unset): [read-only]
        phone_number_home (str | Unset): [read-only]
        phone_number_work (str | Unset): [read-only]
        user_id (int | Unset): [read-only]
        company_id (int | Unset): [read-only]
        customer_id (int | Unset): [read-only]
        phone_number_sms_certified (str | Unset): [read-only]
        is_user_administrator (bool | Unset): [read-only]
        is_account_administrator (bool | Unset): [read-only]
        allow_login (bool | Unset): [read-only]
        is_external (bool | Unset): [read-only]
        is_tripletex_certified (bool | Unset): [read-only]
        is_default_login (bool | Unset): [read-only]
        login_end_date (str | Unset): [read-only] Login end date
        address (SalesForceAddress | Unset):
        is_marketing_consent (bool | Unset): [read-only]
        is_app_user (bool | Unset): [read-only]
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    phone_number_mobile: str | Unset = UNSET
    phone_number_home: str | Unset = UNSET
    phone_number_work: str | Unset = UNSET
    user_id: int | Unset = UNSET
    company_id: int | Unset = UNSET
    customer_id: int | Unset = UNSET
    phone_number_sms_certified: str | Unset = UNSET
    is_user_administrator: bool | Unset = UNSET
    is_account_administrator: bool | Unset = UNSET
    allow_login: bool | Unset = UNSET
    is_external: bool | Unset = UNSET
    is_tripletex_certified: bool | Unset = UNSET
    is_default_login: bool | Unset = UNSET
    login_end_date: str | Unset = UNSET
    address: SalesForceAddress | Unset = UNSET
    is_marketing_consent: bool | Unset = UNSET
    is_app_user: bool | Unset = UNSET
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

        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        phone_number_mobile = self.phone_number_mobile

        phone_number_home = self.phone_number_home

        phone_number_work = self.phone_number_work

        user_id = self.user_id

        company_id = self.company_id

        customer_id = self.customer_id

        phone_number_sms_certified = self.phone_number_sms_certified

        is_user_administrator = self.is_user_administrator

        is_account_administrator = self.is_account_administrator

        allow_login = self.allow_login

        is_external = self.is_external

        is_tripletex_certified = self.is_tripletex_certified

        is_default_login = self.is_default_login

        login_end_date = self.login_end_date

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        is_marketing_consent = self.is_marketing_consent

        is_app_user = self.is_app_user

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
        if first_name is not UNSET and not _in_request:
            field_dict["firstName"] = first_name
        if last_name is not UNSET and not _in_request:
            field_dict["lastName"] = last_name
        if email is not UNSET and not _in_request:
            field_dict["email"] = email
        if phone_number_mobile is not UNSET and not _in_request:
            field_dict["phoneNumberMobile"] = phone_number_mobile
        if phone_number_home is not UNSET and not _in_request:
            field_dict["phoneNumberHome"] = phone_number_home
        if phone_number_work is not UNSET and not _in_request:
            field_dict["phoneNumberWork"] = phone_number_work
        if user_id is not UNSET and not _in_request:
            field_dict["userId"] = user_id
        if company_id is not UNSET and not _in_request:
            field_dict["companyId"] = company_id
        if customer_id is not UNSET and not _in_request:
            field_dict["customerId"] = customer_id
        if phone_number_sms_certified is not UNSET and not _in_request:
            field_dict["phoneNumberSmsCertified"] = phone_number_sms_certified
        if is_user_administrator is not UNSET and not _in_request:
            field_dict["isUserAdministrator"] = is_user_administrator
        if is_account_administrator is not UNSET and not _in_request:
            field_dict["isAccountAdministrator"] = is_account_administrator
        if allow_login is not UNSET and not _in_request:
            field_dict["allowLogin"] = allow_login
        if is_external is not UNSET and not _in_request:
            field_dict["isExternal"] = is_external
        if is_tripletex_certified is not UNSET and not _in_request:
            field_dict["isTripletexCertified"] = is_tripletex_certified
        if is_default_login is not UNSET and not _in_request:
            field_dict["isDefaultLogin"] = is_default_login
        if login_end_date is not UNSET and not _in_request:
            field_dict["loginEndDate"] = login_end_date
        if address is not UNSET:
            field_dict["address"] = address
        if is_marketing_consent is not UNSET and not _in_request:
            field_dict["isMarketingConsent"] = is_marketing_consent
        if is_app_user is not UNSET and not _in_request:
            field_dict["isAppUser"] = is_app_user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A SalesForceEmployee from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.sales_force_address import SalesForceAddress  # noqa: PLC0415

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

        def _p_address(_tx_v: Any) -> SalesForceAddress | Unset:
            _address = _tx_v
            address: SalesForceAddress | Unset
            if isinstance(_address, Unset):
                address = UNSET
            else:
                address = SalesForceAddress._tx_from_json(_address)

            return address

        _tx_known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "firstName",
                "lastName",
                "email",
                "phoneNumberMobile",
                "phoneNumberHome",
                "phoneNumberWork",
                "userId",
                "companyId",
                "customerId",
                "phoneNumberSmsCertified",
                "isUserAdministrator",
                "isAccountAdministrator",
                "allowLogin",
                "isExternal",
                "isTripletexCertified",
                "isDefaultLogin",
                "loginEndDate",
                "address",
                "isMarketingConsent",
                "isAppUser",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "id": ("id", None),
            "version": ("version", None),
            "changes": ("changes", _p_changes),
            "url": ("url", None),
            "first_name": ("firstName", None),
            "last_name": ("lastName", None),
            "email": ("email", None),
            "phone_number_mobile": ("phoneNumberMobile", None),
            "phone_number_home": ("phoneNumberHome", None),
            "phone_number_work": ("phoneNumberWork", None),
            "user_id": ("userId", None),
            "company_id": ("companyId", None),
            "customer_id": ("customerId", None),
            "phone_number_sms_certified": ("phoneNumberSmsCertified", None),
            "is_user_administrator": ("isUserAdministrator", None),
            "is_account_administrator": ("isAccountAdministrator", None),
            "allow_login": ("allowLogin", None),
            "is_external": ("isExternal", None),
            "is_tripletex_certified": ("isTripletexCertified", None),
            "is_default_login": ("isDefaultLogin", None),
            "login_end_date": ("loginEndDate", None),
            "address": ("address", _p_address),
            "is_marketing_consent": ("isMarketingConsent", None),
            "is_app_user": ("isAppUser", None),
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
