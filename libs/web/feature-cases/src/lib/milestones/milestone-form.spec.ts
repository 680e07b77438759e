import { applyMilestoneFields, milestoneForm, ownedMilestones, toMilestoneRequest } from './milestone-form';

describe('the milestone form', () => {
  it('offers each organisation only the milestones it owns', () => {
    expect(ownedMilestones('veilig_thuis')).toEqual([
      'melding_received',
      'safety_assessment_done',
      'vtt_investigation_started',
      'vtt_investigation_finished',
    ]);
    expect(ownedMilestones('gi')).toContain('court_order');
    expect(ownedMilestones('gi')).not.toContain('investigation_started');
    expect(ownedMilestones('wijkteam')).toEqual([]);
    expect(ownedMilestones(null)).toEqual([]);
  });

  it('asks a court order for its measure, child, duration and GI, and sends only those', () => {
    const form = milestoneForm();
    form.patchValue({ type: 'court_order', occurredOn: '2026-11-02', advice: 'no_measure' });
    applyMilestoneFields(form);
    expect(form.valid).toBe(false);
    expect(form.controls.advice.value).toBeNull();
    form.patchValue({ measureType: 'vots', memberId: 'm1', durationMonths: 3, giOrganisationId: 'gi1' });
    expect(form.valid).toBe(true);
    expect(toMilestoneRequest(form)).toEqual({
      type: 'court_order',
      occurredOn: '2026-11-02',
      measureType: 'vots',
      memberId: 'm1',
      durationMonths: 3,
      giOrganisationId: 'gi1',
    });
  });

  it('refuses a date in the future', () => {
    const form = milestoneForm();
    form.patchValue({ type: 'help_started', occurredOn: '2999-01-01' });
    applyMilestoneFields(form);
    expect(form.controls.occurredOn.hasError('future')).toBe(true);
  });
});
