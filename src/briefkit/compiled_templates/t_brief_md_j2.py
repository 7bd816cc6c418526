from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'brief.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_detail = resolve('detail')
    l_0_p = resolve('p')
    l_0_as_of_text = resolve('as_of_text')
    l_0_at_a_glance = resolve('at_a_glance')
    l_0_org_chart = resolve('org_chart')
    l_0_org_parts = resolve('org_parts')
    l_0_not_stated = resolve('not_stated')
    l_0_key_facts = resolve('key_facts')
    l_0_not_charted = resolve('not_charted')
    l_0_overview = resolve('overview')
    l_0_overview_told = resolve('overview_told')
    l_0_select_events = resolve('select_events')
    l_0_n_all = resolve('n_all')
    l_0_shortlist = resolve('shortlist')
    l_0_people_max = resolve('people_max')
    l_0_structure_caveat = resolve('structure_caveat')
    l_0_section_titled = resolve('section_titled')
    l_0_leadership_section = resolve('leadership_section')
    l_0_joint_leadership_section = resolve('joint_leadership_section')
    l_0_chart_home = resolve('chart_home')
    l_0_fill = resolve('fill')
    l_0_section_summary = resolve('section_summary')
    l_0_m = l_0_d = l_0_told = l_0_charted = l_0_given_up = l_0_facts = l_0_n_over = l_0_over = l_0_told_below = l_0_chart_events = l_0_show_org = l_0_n_people = l_0_people = l_0_caveat = l_0_sections = l_0_lead_section = l_0_joint = l_0_home = l_0_n_sent = l_0_n_para = l_0_n_summary = l_0_trim = l_0_lead_summary = l_0_body_sections = l_0_kept = missing
    try:
        t_1 = environment.filters['at']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'at' found.")
    try:
        t_2 = environment.filters['date']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'date' found.")
    try:
        t_3 = environment.filters['format']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'format' found.")
    try:
        t_4 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_5 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_6 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_7 = environment.filters['min']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'min' found.")
    try:
        t_8 = environment.filters['reject']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'reject' found.")
    try:
        t_9 = environment.filters['rejectattr']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'rejectattr' found.")
    try:
        t_10 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    try:
        t_11 = environment.tests['sameas']
    except KeyError:
        @internalcode
        def t_11(*unused):
            raise TemplateRuntimeError("No test named 'sameas' found.")
    pass
    l_0_m = context.vars['m'] = environment.get_template('_macros.md.j2', 'brief.md.j2')._get_default_module(context)
    context.exported_vars.discard('m')
    l_0_d = (undefined(name='detail') if l_0_detail is missing else l_0_detail)
    context.vars['d'] = l_0_d
    context.exported_vars.add('d')
    yield str(environment.finalize(t_6(environment.call(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'title_block'), (undefined(name='p') if l_0_p is missing else l_0_p), (undefined(name='as_of_text') if l_0_as_of_text is missing else l_0_as_of_text), 'Brief'))))
    yield '\n\n'
    l_0_told = environment.call(context, (undefined(name='at_a_glance') if l_0_at_a_glance is missing else l_0_at_a_glance), (undefined(name='p') if l_0_p is missing else l_0_p), 5)
    context.vars['told'] = l_0_told
    context.exported_vars.add('told')
    yield str(environment.finalize(t_6(environment.call(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'glance_lines'), (undefined(name='told') if l_0_told is missing else l_0_told)))))
    yield '\n\n'
    l_0_charted = (((((undefined(name='org_chart') if l_0_org_chart is missing else l_0_org_chart) and environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'org')) and (t_4(environment.call(context, environment.getattr(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'org'), 'walk'))) > 2)) and ((undefined(name='d') if l_0_d is missing else l_0_d) >= 3)) and (t_4(environment.call(context, (undefined(name='org_parts') if l_0_org_parts is missing else l_0_org_parts), (undefined(name='p') if l_0_p is missing else l_0_p))) > 0))
    context.vars['charted'] = l_0_charted
    context.exported_vars.add('charted')
    l_0_given_up = (((((not (undefined(name='org_chart') if l_0_org_chart is missing else l_0_org_chart)) and environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'org')) and (t_4(environment.call(context, environment.getattr(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'org'), 'walk'))) > 2)) and ((undefined(name='d') if l_0_d is missing else l_0_d) >= 3)) and (t_4(environment.call(context, (undefined(name='org_parts') if l_0_org_parts is missing else l_0_org_parts), (undefined(name='p') if l_0_p is missing else l_0_p))) > 0))
    context.vars['given_up'] = l_0_given_up
    context.exported_vars.add('given_up')
    l_0_facts = environment.call(context, (undefined(name='not_stated') if l_0_not_stated is missing else l_0_not_stated), environment.call(context, (undefined(name='key_facts') if l_0_key_facts is missing else l_0_key_facts), (undefined(name='p') if l_0_p is missing else l_0_p)), (undefined(name='told') if l_0_told is missing else l_0_told))
    context.vars['facts'] = l_0_facts
    context.exported_vars.add('facts')
    yield str(environment.finalize(t_6(environment.call(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'fact_rows'), (environment.call(context, (undefined(name='not_charted') if l_0_not_charted is missing else l_0_not_charted), (undefined(name='facts') if l_0_facts is missing else l_0_facts), (undefined(name='p') if l_0_p is missing else l_0_p)) if ((undefined(name='charted') if l_0_charted is missing else l_0_charted) or (undefined(name='given_up') if l_0_given_up is missing else l_0_given_up)) else (undefined(name='facts') if l_0_facts is missing else l_0_facts))[:t_1([8, 10, 12, 16, 99], (undefined(name='d') if l_0_d is missing else l_0_d))], t_1([1, 2, 2, 9], (undefined(name='d') if l_0_d is missing else l_0_d))))))
    yield '\n\n'
    l_0_n_over = t_1([0, 0, 1, 2, 2, 3, 3, 4, 4, 5, 5], (undefined(name='d') if l_0_d is missing else l_0_d))
    context.vars['n_over'] = l_0_n_over
    context.exported_vars.add('n_over')
    l_0_over = environment.call(context, (undefined(name='overview') if l_0_overview is missing else l_0_overview), (undefined(name='p') if l_0_p is missing else l_0_p), (undefined(name='n_over') if l_0_n_over is missing else l_0_n_over))
    context.vars['over'] = l_0_over
    context.exported_vars.add('over')
    l_0_told_below = environment.call_binop(context, '+', (undefined(name='told') if l_0_told is missing else l_0_told), environment.call(context, (undefined(name='overview_told') if l_0_overview_told is missing else l_0_overview_told), (undefined(name='p') if l_0_p is missing else l_0_p), (undefined(name='n_over') if l_0_n_over is missing else l_0_n_over)))
    context.vars['told_below'] = l_0_told_below
    context.exported_vars.add('told_below')
    if (undefined(name='over') if l_0_over is missing else l_0_over):
        pass
        yield '# Overview\n\n'
        yield str(environment.finalize((undefined(name='over') if l_0_over is missing else l_0_over)))
        yield '\n\n'
    l_0_chart_events = environment.call(context, (undefined(name='select_events') if l_0_select_events is missing else l_0_select_events), environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'events'), 12)
    context.vars['chart_events'] = l_0_chart_events
    context.exported_vars.add('chart_events')
    if (undefined(name='chart_events') if l_0_chart_events is missing else l_0_chart_events):
        pass
        yield '# Timeline\n\n'
        if (((undefined(name='d') if l_0_d is missing else l_0_d) >= 2) and (t_4((undefined(name='chart_events') if l_0_chart_events is missing else l_0_chart_events)) >= 2)):
            pass
            yield '::: figure timeline max_events=12\n'
            l_0_n_all = t_4(environment.call(context, (undefined(name='select_events') if l_0_select_events is missing else l_0_select_events), environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'events'), None))
            context.vars['n_all'] = l_0_n_all
            context.exported_vars.add('n_all')
            yield str(environment.finalize(('Selected events' if ((undefined(name='n_all') if l_0_n_all is missing else l_0_n_all) > environment.bounded_operand('gt', t_4((undefined(name='chart_events') if l_0_chart_events is missing else l_0_chart_events)))) else 'Dated events')))
            yield ', '
            yield str(environment.finalize(t_2(environment.getattr(environment.getitem((undefined(name='chart_events') if l_0_chart_events is missing else l_0_chart_events), 0), 'date'))))
            yield ' to '
            yield str(environment.finalize(t_2(environment.getattr(environment.getitem((undefined(name='chart_events') if l_0_chart_events is missing else l_0_chart_events), -1), 'date'))))
            yield str(environment.finalize((t_3(' (%d of %d)', t_4((undefined(name='chart_events') if l_0_chart_events is missing else l_0_chart_events)), (undefined(name='n_all') if l_0_n_all is missing else l_0_n_all)) if ((undefined(name='n_all') if l_0_n_all is missing else l_0_n_all) > environment.bounded_operand('gt', t_4((undefined(name='chart_events') if l_0_chart_events is missing else l_0_chart_events)))) else '')))
            yield '.\n:::\n\n'
        else:
            pass
            yield str(environment.finalize(t_6(environment.call(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'event_list'), environment.call(context, (undefined(name='select_events') if l_0_select_events is missing else l_0_select_events), environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'events'), t_1([4, 6, 8], (undefined(name='d') if l_0_d is missing else l_0_d)))))))
            yield '\n'
    yield '\n'
    l_0_show_org = (undefined(name='charted') if l_0_charted is missing else l_0_charted)
    context.vars['show_org'] = l_0_show_org
    context.exported_vars.add('show_org')
    l_0_n_people = t_1([3, 4, 5, 6, 8], (undefined(name='d') if l_0_d is missing else l_0_d))
    context.vars['n_people'] = l_0_n_people
    context.exported_vars.add('n_people')
    l_0_people = environment.call(context, (undefined(name='shortlist') if l_0_shortlist is missing else l_0_shortlist), (undefined(name='p') if l_0_p is missing else l_0_p), ((undefined(name='n_people') if l_0_n_people is missing else l_0_n_people) if t_10((undefined(name='people_max') if l_0_people_max is missing else l_0_people_max)) else t_7(environment, [(undefined(name='n_people') if l_0_n_people is missing else l_0_n_people), (undefined(name='people_max') if l_0_people_max is missing else l_0_people_max)])))
    context.vars['people'] = l_0_people
    context.exported_vars.add('people')
    l_0_caveat = (environment.call(context, (undefined(name='structure_caveat') if l_0_structure_caveat is missing else l_0_structure_caveat), (undefined(name='p') if l_0_p is missing else l_0_p)) if ((undefined(name='show_org') if l_0_show_org is missing else l_0_show_org) or (undefined(name='given_up') if l_0_given_up is missing else l_0_given_up)) else None)
    context.vars['caveat'] = l_0_caveat
    context.exported_vars.add('caveat')
    l_0_sections = t_5(context.eval_ctx, t_9(context, environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'sections'), 'title', 'in', ['See also', 'See Also']))
    context.vars['sections'] = l_0_sections
    context.exported_vars.add('sections')
    l_0_lead_section = (environment.call(context, (undefined(name='section_titled') if l_0_section_titled is missing else l_0_section_titled), (undefined(name='sections') if l_0_sections is missing else l_0_sections), 'Leadership') or environment.call(context, (undefined(name='leadership_section') if l_0_leadership_section is missing else l_0_leadership_section), (undefined(name='sections') if l_0_sections is missing else l_0_sections)))
    context.vars['lead_section'] = l_0_lead_section
    context.exported_vars.add('lead_section')
    l_0_joint = (environment.call(context, (undefined(name='joint_leadership_section') if l_0_joint_leadership_section is missing else l_0_joint_leadership_section), (undefined(name='sections') if l_0_sections is missing else l_0_sections)) if (not (undefined(name='lead_section') if l_0_lead_section is missing else l_0_lead_section)) else None)
    context.vars['joint'] = l_0_joint
    context.exported_vars.add('joint')
    l_0_home = (environment.call(context, (undefined(name='chart_home') if l_0_chart_home is missing else l_0_chart_home), (undefined(name='sections') if l_0_sections is missing else l_0_sections), nested=False) if ((undefined(name='show_org') if l_0_show_org is missing else l_0_show_org) or (undefined(name='given_up') if l_0_given_up is missing else l_0_given_up)) else None)
    context.vars['home'] = l_0_home
    context.exported_vars.add('home')
    l_0_home = (None if t_11((undefined(name='home') if l_0_home is missing else l_0_home), (undefined(name='lead_section') if l_0_lead_section is missing else l_0_lead_section)) else (undefined(name='home') if l_0_home is missing else l_0_home))
    context.vars['home'] = l_0_home
    context.exported_vars.add('home')
    if ((undefined(name='show_org') if l_0_show_org is missing else l_0_show_org) and (not (undefined(name='home') if l_0_home is missing else l_0_home))):
        pass
        yield '# Organisation chart\n\n'
        yield str(environment.finalize(t_6(environment.call(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'orgchart_figure'), (undefined(name='p') if l_0_p is missing else l_0_p), (undefined(name='caveat') if l_0_caveat is missing else l_0_caveat), leaders=(not (undefined(name='people') if l_0_people is missing else l_0_people))))))
        yield '\n\n'
    elif ((undefined(name='given_up') if l_0_given_up is missing else l_0_given_up) and (not (undefined(name='home') if l_0_home is missing else l_0_home))):
        pass
        yield '# Organisation\n\n'
        yield str(environment.finalize(t_6(environment.call(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'parts_line'), (undefined(name='p') if l_0_p is missing else l_0_p), (undefined(name='caveat') if l_0_caveat is missing else l_0_caveat)))))
        yield '\n'
    l_0_n_sent = t_1([1, 1, 1, 2, 2, 3, 3, 4, 5, 6, 8], (undefined(name='d') if l_0_d is missing else l_0_d))
    context.vars['n_sent'] = l_0_n_sent
    context.exported_vars.add('n_sent')
    l_0_n_para = t_1([1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3], (undefined(name='d') if l_0_d is missing else l_0_d))
    context.vars['n_para'] = l_0_n_para
    context.exported_vars.add('n_para')
    l_0_n_summary = environment.call_binop(context, '+', environment.call_binop(context, '*', (undefined(name='n_sent') if l_0_n_sent is missing else l_0_n_sent), (undefined(name='n_para') if l_0_n_para is missing else l_0_n_para)), (1 if ((undefined(name='n_para') if l_0_n_para is missing else l_0_n_para) > 1) else 0))
    context.vars['n_summary'] = l_0_n_summary
    context.exported_vars.add('n_summary')
    l_0_trim = ((-(undefined(name='fill') if l_0_fill is missing else l_0_fill)) if ((undefined(name='fill') if l_0_fill is missing else l_0_fill) < 0) else 0)
    context.vars['trim'] = l_0_trim
    context.exported_vars.add('trim')
    l_0_lead_summary = (environment.call(context, (undefined(name='section_summary') if l_0_section_summary is missing else l_0_section_summary), (undefined(name='lead_section') if l_0_lead_section is missing else l_0_lead_section), (undefined(name='p') if l_0_p is missing else l_0_p), (undefined(name='n_summary') if l_0_n_summary is missing else l_0_n_summary), (undefined(name='people') if l_0_people is missing else l_0_people), told=(undefined(name='told_below') if l_0_told_below is missing else l_0_told_below), trim=(undefined(name='trim') if l_0_trim is missing else l_0_trim)) if (undefined(name='lead_section') if l_0_lead_section is missing else l_0_lead_section) else '')
    context.vars['lead_summary'] = l_0_lead_summary
    context.exported_vars.add('lead_summary')
    if ((undefined(name='people') if l_0_people is missing else l_0_people) or (undefined(name='lead_summary') if l_0_lead_summary is missing else l_0_lead_summary)):
        pass
        yield '# Leadership\n\n'
        if (undefined(name='people') if l_0_people is missing else l_0_people):
            pass
            yield str(environment.finalize(t_6(environment.call(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'people_list'), (undefined(name='people') if l_0_people is missing else l_0_people)))))
            yield '\n'
        if (undefined(name='lead_summary') if l_0_lead_summary is missing else l_0_lead_summary):
            pass
            yield str(environment.finalize((undefined(name='lead_summary') if l_0_lead_summary is missing else l_0_lead_summary)))
            yield '\n\n'
    yield '\n'
    l_0_body_sections = t_5(context.eval_ctx, t_8(context, (undefined(name='sections') if l_0_sections is missing else l_0_sections), 'sameas', (undefined(name='lead_section') if l_0_lead_section is missing else l_0_lead_section)))
    context.vars['body_sections'] = l_0_body_sections
    context.exported_vars.add('body_sections')
    l_0_kept = (undefined(name='body_sections') if l_0_body_sections is missing else l_0_body_sections)[:t_1([5, 7, 9, 12, 99], (undefined(name='d') if l_0_d is missing else l_0_d))]
    context.vars['kept'] = l_0_kept
    context.exported_vars.add('kept')
    def t_12(fiter):
        for l_1_s in fiter:
            if ((l_1_s in environment.bounded_operand('in', (undefined(name='kept') if l_0_kept is missing else l_0_kept))) or t_11(l_1_s, (undefined(name='home') if l_0_home is missing else l_0_home))):
                yield l_1_s
    for l_1_s in t_12(environment.bounded_iter(t_8(context, (undefined(name='sections') if l_0_sections is missing else l_0_sections), 'sameas', (undefined(name='lead_section') if l_0_lead_section is missing else l_0_lead_section)))):
        l_1_summary_more = resolve('summary_more')
        l_1_caveat_claims = resolve('caveat_claims')
        l_1_summary_size = resolve('summary_size')
        l_1_prints = resolve('prints')
        l_1_goes_on = resolve('goes_on')
        l_1_more = l_1_elsewhere = l_1_summary = l_1_line = missing
        _loop_vars = {}
        pass
        l_1_more = environment.call(context, (undefined(name='summary_more') if l_1_summary_more is missing else l_1_summary_more), l_1_s, (undefined(name='body_sections') if l_0_body_sections is missing else l_0_body_sections), (undefined(name='p') if l_0_p is missing else l_0_p), (undefined(name='n_summary') if l_0_n_summary is missing else l_0_n_summary), (undefined(name='fill') if l_0_fill is missing else l_0_fill), _loop_vars=_loop_vars)
        _loop_vars['more'] = l_1_more
        l_1_elsewhere = ((undefined(name='show_org') if l_0_show_org is missing else l_0_show_org) or ((undefined(name='given_up') if l_0_given_up is missing else l_0_given_up) and (not environment.call(context, (undefined(name='caveat_claims') if l_1_caveat_claims is missing else l_1_caveat_claims), (undefined(name='caveat') if l_0_caveat is missing else l_0_caveat), _loop_vars=_loop_vars))))
        _loop_vars['elsewhere'] = l_1_elsewhere
        l_1_summary = environment.call(context, (undefined(name='section_summary') if l_0_section_summary is missing else l_0_section_summary), l_1_s, (undefined(name='p') if l_0_p is missing else l_0_p), environment.call_binop(context, '+', environment.call(context, (undefined(name='summary_size') if l_1_summary_size is missing else l_1_summary_size), l_1_s, (undefined(name='sections') if l_0_sections is missing else l_0_sections), (undefined(name='p') if l_0_p is missing else l_0_p), (undefined(name='n_summary') if l_0_n_summary is missing else l_0_n_summary), _loop_vars=_loop_vars), (undefined(name='more') if l_1_more is missing else l_1_more)), (undefined(name='people') if l_0_people is missing else l_0_people), omit=([(undefined(name='caveat') if l_0_caveat is missing else l_0_caveat)] if ((undefined(name='elsewhere') if l_1_elsewhere is missing else l_1_elsewhere) and (not t_11(l_1_s, (undefined(name='home') if l_0_home is missing else l_0_home)))) else []), told=(undefined(name='told_below') if l_0_told_below is missing else l_0_told_below), trim=(undefined(name='trim') if l_0_trim is missing else l_0_trim), more=(undefined(name='more') if l_1_more is missing else l_1_more), frames_chart=t_11(l_1_s, (undefined(name='home') if l_0_home is missing else l_0_home)), _loop_vars=_loop_vars)
        _loop_vars['summary'] = l_1_summary
        l_1_line = (t_6(environment.call(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'parts_line'), (undefined(name='p') if l_0_p is missing else l_0_p), (undefined(name='caveat') if l_0_caveat is missing else l_0_caveat), told=((undefined(name='caveat') if l_0_caveat is missing else l_0_caveat) and environment.call(context, (undefined(name='prints') if l_1_prints is missing else l_1_prints), (undefined(name='summary') if l_1_summary is missing else l_1_summary), (undefined(name='caveat') if l_0_caveat is missing else l_0_caveat), _loop_vars=_loop_vars)), above=(undefined(name='summary') if l_1_summary is missing else l_1_summary), title=environment.getattr(l_1_s, 'title'), _loop_vars=_loop_vars)) if (t_11(l_1_s, (undefined(name='home') if l_0_home is missing else l_0_home)) and (not (undefined(name='show_org') if l_0_show_org is missing else l_0_show_org))) else '')
        _loop_vars['line'] = l_1_line
        if ((undefined(name='summary') if l_1_summary is missing else l_1_summary) or (t_11(l_1_s, (undefined(name='home') if l_0_home is missing else l_0_home)) and ((undefined(name='show_org') if l_0_show_org is missing else l_0_show_org) or environment.call(context, environment.getattr((undefined(name='line') if l_1_line is missing else l_1_line), 'strip'), _loop_vars=_loop_vars)))):
            pass
            yield '# '
            yield str(environment.finalize(('Organisation' if (t_11(l_1_s, (undefined(name='joint') if l_0_joint is missing else l_0_joint)) and (undefined(name='people') if l_0_people is missing else l_0_people)) else environment.getattr(l_1_s, 'title'))))
            yield '\n\n'
            l_1_goes_on = ((undefined(name='summary') if l_1_summary is missing else l_1_summary) and environment.call(context, environment.getattr(environment.call(context, environment.getattr((undefined(name='line') if l_1_line is missing else l_1_line), 'strip'), _loop_vars=_loop_vars), 'startswith'), 'They are ', _loop_vars=_loop_vars))
            _loop_vars['goes_on'] = l_1_goes_on
            yield str(environment.finalize((undefined(name='summary') if l_1_summary is missing else l_1_summary)))
            yield str(environment.finalize((t_6(environment.bounded_concat(False, (' ', environment.call(context, environment.getattr((undefined(name='line') if l_1_line is missing else l_1_line), 'strip'), _loop_vars=_loop_vars), ))) if (undefined(name='goes_on') if l_1_goes_on is missing else l_1_goes_on) else '')))
            yield '\n\n'
            if (t_11(l_1_s, (undefined(name='home') if l_0_home is missing else l_0_home)) and (undefined(name='show_org') if l_0_show_org is missing else l_0_show_org)):
                pass
                yield str(environment.finalize(t_6(environment.call(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'orgchart_figure'), (undefined(name='p') if l_0_p is missing else l_0_p), (undefined(name='caveat') if l_0_caveat is missing else l_0_caveat), here=True, leaders=(not (undefined(name='people') if l_0_people is missing else l_0_people)), told=((undefined(name='caveat') if l_0_caveat is missing else l_0_caveat) and environment.call(context, (undefined(name='prints') if l_1_prints is missing else l_1_prints), (undefined(name='summary') if l_1_summary is missing else l_1_summary), (undefined(name='caveat') if l_0_caveat is missing else l_0_caveat), _loop_vars=_loop_vars)), _loop_vars=_loop_vars))))
                yield '\n\n'
            elif (t_11(l_1_s, (undefined(name='home') if l_0_home is missing else l_0_home)) and (not (undefined(name='goes_on') if l_1_goes_on is missing else l_1_goes_on))):
                pass
                yield str(environment.finalize((undefined(name='line') if l_1_line is missing else l_1_line)))
                yield '\n'
    l_1_s = l_1_summary_more = l_1_more = l_1_caveat_claims = l_1_elsewhere = l_1_summary_size = l_1_summary = l_1_prints = l_1_line = l_1_goes_on = missing
    yield str(environment.finalize(t_6(environment.call(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'source_line'), (undefined(name='p') if l_0_p is missing else l_0_p)))))
    yield '\n'

blocks = {}
debug_info = '5=100&6=102&7=105&9=107&10=110&17=112&18=115&19=118&20=121&23=123&24=126&26=129&27=132&30=135&33=137&34=140&37=143&39=146&43=158&47=161&49=164&50=167&52=170&53=173&55=176&58=179&62=182&63=185&64=188&67=191&69=193&72=196&76=198&77=201&78=204&81=207&82=210&83=213&86=216&87=218&89=220&90=222&96=225&97=228&98=231&106=244&108=246&109=248&113=250&114=252&115=255&117=257&118=259&120=262&121=264&123=266&124=268&128=271'
