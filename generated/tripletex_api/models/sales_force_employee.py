from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.sales_force_address import SalesForceAddress


T = TypeVar("T", bound="SalesForceEmployee")


@_attrs_define
class SalesForceEmployee:
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
        from ..models.change import Change  # noqa: PLC0415
        from ..models.sales_force_address import SalesForceAddress  # noqa: PLC0415

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

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        email = d.pop("email", UNSET)

        phone_number_mobile = d.pop("phoneNumberMobile", UNSET)

        phone_number_home = d.pop("phoneNumberHome", UNSET)

        phone_number_work = d.pop("phoneNumberWork", UNSET)

        user_id = d.pop("userId", UNSET)

        company_id = d.pop("companyId", UNSET)

        customer_id = d.pop("customerId", UNSET)

        phone_number_sms_certified = d.pop("phoneNumberSmsCertified", UNSET)

        is_user_administrator = d.pop("isUserAdministrator", UNSET)

        is_account_administrator = d.pop("isAccountAdministrator", UNSET)

        allow_login = d.pop("allowLogin", UNSET)

        is_external = d.pop("isExternal", UNSET)

        is_tripletex_certified = d.pop("isTripletexCertified", UNSET)

        is_default_login = d.pop("isDefaultLogin", UNSET)

        login_end_date = d.pop("loginEndDate", UNSET)

        _address = d.pop("address", UNSET)
        address: SalesForceAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = SalesForceAddress.from_dict(_address)

        is_marketing_consent = d.pop("isMarketingConsent", UNSET)

        is_app_user = d.pop("isAppUser", UNSET)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            first_name=first_name,
            last_name=last_name,
            email=email,
            phone_number_mobile=phone_number_mobile,
            phone_number_home=phone_number_home,
            phone_number_work=phone_number_work,
            user_id=user_id,
            company_id=company_id,
            customer_id=customer_id,
            phone_number_sms_certified=phone_number_sms_certified,
            is_user_administrator=is_user_administrator,
            is_account_administrator=is_account_administrator,
            allow_login=allow_login,
            is_external=is_external,
            is_tripletex_certified=is_tripletex_certified,
            is_default_login=is_default_login,
            login_end_date=login_end_date,
            address=address,
            is_marketing_consent=is_marketing_consent,
            is_app_user=is_app_user,
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
