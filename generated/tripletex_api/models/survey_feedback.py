from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.survey_feedback_survey_type import SurveyFeedbackSurveyType
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.extra_copilot_metrics import ExtraCopilotMetrics


T = TypeVar("T", bound="SurveyFeedback")


@_attrs_define
class SurveyFeedback:
    """
    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset): [read-only]
        url (str | Unset): [read-only]
        survey_type (SurveyFeedbackSurveyType | Unset):
        rating (int | Unset): A rating based on numbers from 1 to 5.
        comment (str | Unset): A comment given in addition to the highest rating.
        contact_request (str | Unset):
        extra_copilot_metrics (ExtraCopilotMetrics | Unset): Additional metrics for Copilot-related feedback
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    survey_type: SurveyFeedbackSurveyType | Unset = UNSET
    rating: int | Unset = UNSET
    comment: str | Unset = UNSET
    contact_request: str | Unset = UNSET
    extra_copilot_metrics: ExtraCopilotMetrics | Unset = UNSET
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

        survey_type: str | Unset = UNSET
        if not isinstance(self.survey_type, Unset):
            survey_type = self.survey_type.value

        rating = self.rating

        comment = self.comment

        contact_request = self.contact_request

        extra_copilot_metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra_copilot_metrics, Unset):
            extra_copilot_metrics = self.extra_copilot_metrics.to_dict()

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
        if survey_type is not UNSET:
            field_dict["surveyType"] = survey_type
        if rating is not UNSET:
            field_dict["rating"] = rating
        if comment is not UNSET:
            field_dict["comment"] = comment
        if contact_request is not UNSET:
            field_dict["contactRequest"] = contact_request
        if extra_copilot_metrics is not UNSET:
            field_dict["extraCopilotMetrics"] = extra_copilot_metrics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.change import Change  # noqa: PLC0415
        from ..models.extra_copilot_metrics import ExtraCopilotMetrics  # noqa: PLC0415

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

        _survey_type = d.pop("surveyType", UNSET)
        survey_type: SurveyFeedbackSurveyType | Unset
        if isinstance(_survey_type, Unset):
            survey_type = UNSET
        else:
            survey_type = SurveyFeedbackSurveyType(_survey_type)

        rating = d.pop("rating", UNSET)

        comment = d.pop("comment", UNSET)

        contact_request = d.pop("contactRequest", UNSET)

        _extra_copilot_metrics = d.pop("extraCopilotMetrics", UNSET)
        extra_copilot_metrics: ExtraCopilotMetrics | Unset
        if isinstance(_extra_copilot_metrics, Unset):
            extra_copilot_metrics = UNSET
        else:
            extra_copilot_metrics = ExtraCopilotMetrics.from_dict(_extra_copilot_metrics)

        _obj = cls(
            id=id,
            version=version,
            changes=changes,
            url=url,
            survey_type=survey_type,
            rating=rating,
            comment=comment,
            contact_request=contact_request,
            extra_copilot_metrics=extra_copilot_metrics,
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
