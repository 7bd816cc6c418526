from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'full.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_p = resolve('p')
    l_0_as_of_text = resolve('as_of_text')
    l_0_select_events = resolve('select_events')
    l_0_timeline = resolve('timeline')
    l_0_org_parts = resolve('org_parts')
    l_0_chart_home = resolve('chart_home')
    l_0_structure_caveat = resolve('structure_caveat')
    l_0_chart_early = resolve('chart_early')
    l_0_timeline_labels_all = resolve('timeline_labels_all')
    l_0_leaders = resolve('leaders')
    l_0_heads = resolve('heads')
    l_0_head_names = resolve('head_names')
    l_0_others = resolve('others')
    l_0_listed_by_article = resolve('listed_by_article')
    l_0_listed = resolve('listed')
    l_0_leaders_list_title = resolve('leaders_list_title')
    l_0_listed_in = resolve('listed_in')
    l_0_m = l_0_body = l_0_show_org = l_0_home = l_0_caveat = l_0_chart = l_0_dated = missing
    try:
        t_1 = environment.filters['blocks']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'blocks' found.")
    try:
        t_2 = environment.filters['date']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'date' found.")
    try:
        t_3 = environment.filters['escape_md']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'escape_md' found.")
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
        t_6 = environment.filters['listed']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'listed' found.")
    try:
        t_7 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_8 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_9 = environment.filters['reject']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'reject' found.")
    try:
        t_10 = environment.filters['rejectattr']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No filter named 'rejectattr' found.")
    try:
        t_11 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_11(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    l_0_m = context.vars['m'] = environment.get_template('_macros.md.j2', 'full.md.j2')._get_default_module(context)
    context.exported_vars.discard('m')
    yield str(environment.finalize(t_8(environment.call(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'title_block'), (undefined(name='p') if l_0_p is missing else l_0_p), (undefined(name='as_of_text') if l_0_as_of_text is missing else l_0_as_of_text), 'Full profile'))))
    yield '\n\n::: toc Contents depth=1\n:::\n\n'
    yield str(environment.finalize(t_8(environment.call(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'facts_table'), (undefined(name='p') if l_0_p is missing else l_0_p), skip_title=False))))
    yield '\n\n# Overview\n\n'
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'lead'))))
    yield '\n\n'
    if environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'events'):
        pass
        yield '# Timeline\n\n::: figure timeline max_events=all\n'
        l_0_timeline = environment.call(context, (undefined(name='select_events') if l_0_select_events is missing else l_0_select_events), environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'events'), None)
        context.vars['timeline'] = l_0_timeline
        context.exported_vars.add('timeline')
        yield 'Dated events'
        if (undefined(name='timeline') if l_0_timeline is missing else l_0_timeline):
            pass
            yield ', '
            yield str(environment.finalize(t_2(environment.getattr(environment.getitem((undefined(name='timeline') if l_0_timeline is missing else l_0_timeline), 0), 'date'))))
            yield ' to '
            yield str(environment.finalize(t_2(environment.getattr(environment.getitem((undefined(name='timeline') if l_0_timeline is missing else l_0_timeline), -1), 'date'))))
        yield ' ('
        yield str(environment.finalize(t_4((undefined(name='timeline') if l_0_timeline is missing else l_0_timeline))))
        yield ').\n:::\n\n'
    l_0_body = t_5(context.eval_ctx, t_10(context, environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'sections'), 'title', 'in', (['See also', 'See Also'] if environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'see_also') else [])))
    context.vars['body'] = l_0_body
    context.exported_vars.add('body')
    l_0_show_org = ((environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'org') and (t_4(environment.call(context, environment.getattr(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'org'), 'walk'))) > 2)) and (t_4(environment.call(context, (undefined(name='org_parts') if l_0_org_parts is missing else l_0_org_parts), (undefined(name='p') if l_0_p is missing else l_0_p))) > 0))
    context.vars['show_org'] = l_0_show_org
    context.exported_vars.add('show_org')
    l_0_home = (environment.call(context, (undefined(name='chart_home') if l_0_chart_home is missing else l_0_chart_home), (undefined(name='body') if l_0_body is missing else l_0_body)) if (undefined(name='show_org') if l_0_show_org is missing else l_0_show_org) else None)
    context.vars['home'] = l_0_home
    context.exported_vars.add('home')
    l_0_caveat = (environment.call(context, (undefined(name='structure_caveat') if l_0_structure_caveat is missing else l_0_structure_caveat), (undefined(name='p') if l_0_p is missing else l_0_p)) if (undefined(name='show_org') if l_0_show_org is missing else l_0_show_org) else None)
    context.vars['caveat'] = l_0_caveat
    context.exported_vars.add('caveat')
    l_0_chart = (t_8(environment.call(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'orgchart_figure'), (undefined(name='p') if l_0_p is missing else l_0_p), (undefined(name='caveat') if l_0_caveat is missing else l_0_caveat), here=(not t_11((undefined(name='home') if l_0_home is missing else l_0_home))), told=((undefined(name='caveat') if l_0_caveat is missing else l_0_caveat) and (not environment.call(context, (undefined(name='structure_caveat') if l_0_structure_caveat is missing else l_0_structure_caveat), (undefined(name='p') if l_0_p is missing else l_0_p), beside=(undefined(name='home') if l_0_home is missing else l_0_home)))))) if (undefined(name='show_org') if l_0_show_org is missing else l_0_show_org) else None)
    context.vars['chart'] = l_0_chart
    context.exported_vars.add('chart')
    if ((undefined(name='show_org') if l_0_show_org is missing else l_0_show_org) and (not (undefined(name='home') if l_0_home is missing else l_0_home))):
        pass
        yield '# Organisation chart\n\n'
        yield str(environment.finalize((undefined(name='chart') if l_0_chart is missing else l_0_chart)))
        yield '\n\n'
    yield str(environment.finalize(t_8(environment.call(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'section_tree'), (undefined(name='body') if l_0_body is missing else l_0_body), figure_in=(undefined(name='home') if l_0_home is missing else l_0_home), figure=(undefined(name='chart') if l_0_chart is missing else l_0_chart), early=(undefined(name='chart_early') if l_0_chart_early is missing else l_0_chart_early)))))
    yield '\n\n'
    l_0_dated = environment.call(context, (undefined(name='select_events') if l_0_select_events is missing else l_0_select_events), environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'events'), None)
    context.vars['dated'] = l_0_dated
    context.exported_vars.add('dated')
    if ((undefined(name='dated') if l_0_dated is missing else l_0_dated) and (not environment.call(context, (undefined(name='timeline_labels_all') if l_0_timeline_labels_all is missing else l_0_timeline_labels_all), environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'events')))):
        pass
        yield '# Chronology\n\n'
        yield str(environment.finalize(t_8(environment.call(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'event_sentences'), (undefined(name='dated') if l_0_dated is missing else l_0_dated)))))
        yield '\n'
    yield '\n'
    if environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'people'):
        pass
        l_0_heads = environment.call(context, (undefined(name='leaders') if l_0_leaders is missing else l_0_leaders), (undefined(name='p') if l_0_p is missing else l_0_p))
        context.vars['heads'] = l_0_heads
        context.exported_vars.add('heads')
        l_0_head_names = t_5(context.eval_ctx, t_7(context, (undefined(name='heads') if l_0_heads is missing else l_0_heads), attribute='name'))
        context.vars['head_names'] = l_0_head_names
        context.exported_vars.add('head_names')
        l_0_others = t_5(context.eval_ctx, t_10(context, environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'people'), 'name', 'in', (undefined(name='head_names') if l_0_head_names is missing else l_0_head_names)))
        context.vars['others'] = l_0_others
        context.exported_vars.add('others')
        l_0_listed = environment.call(context, (undefined(name='listed_by_article') if l_0_listed_by_article is missing else l_0_listed_by_article), (undefined(name='p') if l_0_p is missing else l_0_p), (undefined(name='heads') if l_0_heads is missing else l_0_heads))
        context.vars['listed'] = l_0_listed
        context.exported_vars.add('listed')
        l_0_heads = t_5(context.eval_ctx, t_9(context, (undefined(name='heads') if l_0_heads is missing else l_0_heads), 'in', (undefined(name='listed') if l_0_listed is missing else l_0_listed)))
        context.vars['heads'] = l_0_heads
        context.exported_vars.add('heads')
        l_0_listed_in = (environment.call(context, (undefined(name='leaders_list_title') if l_0_leaders_list_title is missing else l_0_leaders_list_title), (undefined(name='p') if l_0_p is missing else l_0_p)) if (undefined(name='listed') if l_0_listed is missing else l_0_listed) else None)
        context.vars['listed_in'] = l_0_listed_in
        context.exported_vars.add('listed_in')
        if ((undefined(name='heads') if l_0_heads is missing else l_0_heads) or (undefined(name='listed_in') if l_0_listed_in is missing else l_0_listed_in)):
            pass
            yield '# People\n\n'
            if (((undefined(name='listed_in') if l_0_listed_in is missing else l_0_listed_in) and (not (undefined(name='heads') if l_0_heads is missing else l_0_heads))) and (t_4((undefined(name='listed') if l_0_listed is missing else l_0_listed)) <= 4)):
                pass
                yield str(environment.finalize(t_6(t_7(context, (undefined(name='listed') if l_0_listed is missing else l_0_listed), attribute='name'))))
                yield ' '
                yield str(environment.finalize(('is' if (t_4((undefined(name='listed') if l_0_listed is missing else l_0_listed)) == 1) else 'are')))
                yield ' listed under “'
                yield str(environment.finalize(t_3((undefined(name='listed_in') if l_0_listed_in is missing else l_0_listed_in))))
                yield '” above.\n\n'
            elif (undefined(name='listed_in') if l_0_listed_in is missing else l_0_listed_in):
                pass
                yield 'Former leaders listed under “'
                yield str(environment.finalize(t_3((undefined(name='listed_in') if l_0_listed_in is missing else l_0_listed_in))))
                yield '” above are not repeated here.\n\n'
            if (undefined(name='heads') if l_0_heads is missing else l_0_heads):
                pass
                yield str(environment.finalize(t_8(environment.call(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'people_list'), (undefined(name='heads') if l_0_heads is missing else l_0_heads)))))
                yield '\n'
        if (undefined(name='others') if l_0_others is missing else l_0_others):
            pass
            if ((undefined(name='heads') if l_0_heads is missing else l_0_heads) or (undefined(name='listed_in') if l_0_listed_in is missing else l_0_listed_in)):
                pass
                yield '## Others named\n\nRoles are as held at the time of the events described.\n'
            else:
                pass
                yield '# Others named\n\nRoles are as held at the time of the events described.\n'
            yield '\n'
            yield str(environment.finalize(t_8(environment.call(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'people_list'), (undefined(name='others') if l_0_others is missing else l_0_others)))))
            yield '\n'
    yield '\n'
    if environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'see_also'):
        pass
        yield '# See also\n\n'
        for l_1_s in environment.bounded_iter(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'see_also')):
            _loop_vars = {}
            pass
            yield '- '
            yield str(environment.finalize(l_1_s))
            yield '\n'
        l_1_s = missing
        yield '\n'
    if environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'references'):
        pass
        yield '# References\n\n'
        l_1_loop = missing
        for l_1_r, l_1_loop in LoopContext(environment.bounded_iter(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'references')), undefined):
            _loop_vars = {}
            pass
            yield str(environment.finalize(environment.getattr(l_1_loop, 'index')))
            yield '. '
            yield str(environment.finalize(l_1_r))
            yield '\n'
        l_1_loop = l_1_r = missing
        yield '\n'
    yield str(environment.finalize(t_8(environment.call(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'source_line'), (undefined(name='p') if l_0_p is missing else l_0_p)))))
    yield '\n'

blocks = {}
debug_info = '3=95&4=97&9=99&13=101&15=103&19=106&20=110&24=119&28=122&32=125&35=128&36=131&37=134&40=137&44=139&49=141&50=144&53=147&56=150&57=152&58=155&59=158&61=161&62=164&65=167&66=170&69=173&72=175&74=181&75=184&78=186&79=188&82=190&89=192&99=199&103=202&106=205&107=209&111=213&114=217&115=220&119=226'
