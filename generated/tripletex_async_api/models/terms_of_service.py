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
    from ..models.license_ import License


T = TypeVar("T", bound="TermsOfService")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("companyLicense", dict, False),
    ("userLicense", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class TermsOfService(LazyModel):
    """
    Attributes:
        render_dialog (bool | Unset): [read-only]
        company_license (License | Unset):
        render_company_license (bool | Unset): [read-only]
        user_license (License | Unset):
        render_user_license (bool | Unset): [read-only] Terms for the user
        ask_can_sign (bool | Unset): [read-only] If there are no account admin and no accountant paying the bills, we
            don't know who should sign
        ask_marketing_consent (bool | Unset): [read-only]
        new_tos_alive (bool | Unset): [read-only]
    """

    render_dialog: bool | Unset = UNSET
    company_license: License | Unset = UNSET
    render_company_license: bool | Unset = UNSET
    user_license: License | Unset = UNSET
    render_user_license: bool | Unset = UNSET
    ask_can_sign: bool | Unset = UNSET
    ask_marketing_consent: bool | Unset = UNSET
    new_tos_alive: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        render_dialog = self.render_dialog

        company_license: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company_license, Unset):
            company_license = self.company_license.to_dict()

        render_company_license = self.render_company_license

        user_license: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_license, Unset):
            user_license = self.user_license.to_dict()

        render_user_license = self.render_user_license

        ask_can_sign = self.ask_can_sign

        ask_marketing_consent = self.ask_marketing_consent

        new_tos_alive = self.new_tos_alive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if render_dialog is not UNSET and not _in_request:
            field_dict["renderDialog"] = render_dialog
        if company_license is not UNSET:
            field_dict["companyLicense"] = company_license
        if render_company_license is not UNSET and not _in_request:
            field_dict["renderCompanyLicense"] = render_company_license
        if user_license is not UNSET:
            field_dict["userLicense"] = user_license
        if render_user_license is not UNSET and not _in_request:
            field_dict["renderUserLicense"] = render_user_license
        if ask_can_sign is not UNSET and not _in_request:
            field_dict["askCanSign"] = ask_can_sign
        if ask_marketing_consent is not UNSET and not _in_request:
            field_dict["askMarketingConsent"] = ask_marketing_consent
        if new_tos_alive is not UNSET and not _in_request:
            field_dict["newTOSAlive"] = new_tos_alive

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TermsOfService from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.license_ import License  # noqa: PLC0415

        def _p_company_license(_tx_v: Any) -> License | Unset:
            _company_license = _tx_v
            company_license: License | Unset
            if isinstance(_company_license, Unset):
                company_license = UNSET
            else:
                company_license = License._tx_from_json(_company_license)

            return company_license

        def _p_user_license(_tx_v: Any) -> License | Unset:
            _user_license = _tx_v
            user_license: License | Unset
            if isinstance(_user_license, Unset):
                user_license = UNSET
            else:
                user_license = License._tx_from_json(_user_license)

            return user_license

        _tx_known: frozenset[str] = frozenset(
            (
                "renderDialog",
                "companyLicense",
                "renderCompanyLicense",
                "userLicense",
                "renderUserLicense",
                "askCanSign",
                "askMarketingConsent",
                "newTOSAlive",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "render_dialog": ("renderDialog", None),
            "company_license": ("companyLicense", _p_company_license),
            "render_company_license": ("renderCompanyLicense", None),
            "user_license": ("userLicense", _p_user_license),
            "render_user_license": ("renderUserLicense", None),
            "ask_can_sign": ("askCanSign", None),
            "ask_marketing_consent": ("askMarketingConsent", None),
            "new_tos_alive": ("newTOSAlive", None),
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
