from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.year_end_shareholder_register_status import YearEndShareholderRegisterStatus
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.shareholder_register_submission_result import ShareholderRegisterSubmissionResult


T = TypeVar("T", bound="YearEndShareholderRegister")


@_attrs_define
class YearEndShareholderRegister:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        year (int | Unset): [read-only]
        sent_date (str | Unset):
        status (YearEndShareholderRegisterStatus | Unset):
        submission_in_progress (bool | Unset):
        submission_attempt_date (str | Unset):
        submission_result (ShareholderRegisterSubmissionResult | Unset):
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    year: int | Unset = UNSET
    sent_date: str | Unset = UNSET
    status: YearEndShareholderRegisterStatus | Unset = UNSET
    submission_in_progress: bool | Unset = UNSET
    submission_attempt_date: str | Unset = UNSET
    submission_result: ShareholderRegisterSubmissionResult | Unset = UNSET
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

        year = self.year

        sent_date = self.sent_date

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        submission_in_progress = self.submission_in_progress

        submission_attempt_date = self.submission_attempt_date

        submission_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.submission_result, Unset):
            submission_result = self.submission_result.to_dict()

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
        if year is not UNSET and not _in_request:
            field_dict["year"] = year
        if sent_date is not UNSET:
            field_dict["sentDate"] = sent_date
        if status is not UNSET:
            field_dict["status"] = status
        if submission_in_progress is not UNSET:
            field_dict["submissionInProgress"] = submission_in_progress
        if submission_attempt_date is not UNSET:
            field_dict["submissionAttemptDate"] = submission_attempt_date
        if submission_result is not UNSET:
            field_dict["submissionResult"] = submission_result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.shareholder_register_submission_result import ShareholderRegisterSubmissionResult  # noqa: PLC0415

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

        year = d.pop("year", UNSET)

        sent_date = d.pop("sentDate", UNSET)

        _status = d.pop("status", UNSET)
        status: YearEndShareholderRegisterStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = YearEndShareholderRegisterStatus(_status)

        submission_in_progress = d.pop("submissionInProgress", UNSET)

        submission_attempt_date = d.pop("submissionAttemptDate", UNSET)

        _submission_result = d.pop("submissionResult", UNSET)
        submission_result: ShareholderRegisterSubmissionResult | Unset
        if isinstance(_submission_result, Unset):
            submission_result = UNSET
        else:
            submission_result = ShareholderRegisterSubmissionResult.from_dict(_submission_result)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            year=year,
            sent_date=sent_date,
            status=status,
            submission_in_progress=submission_in_progress,
            submission_attempt_date=submission_attempt_date,
            submission_result=submission_result,
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
